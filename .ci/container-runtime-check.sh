#!/usr/bin/env bash
# The Dockerfile's runtime stage, rehearsed without Docker: the build output and the package files
# copied to a clean directory, production dependencies only (`npm ci --omit=dev`), tsx removed to
# prove the runtime does not need it, then `wirebrief --help` and a `start` that reaches its prompt
# and answers a question from the seeds with stdin fed and then closed, and an ingest of two sources
# (one prepare worker thread).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

npm run build
work=$(mktemp -d "${TMPDIR:-/tmp}/wirebrief-runtime-XXXXXX")
trap 'rm -rf "$work"' EXIT
# exactly what the runtime stage copies: package files, bin/, dist/ (no src/, no tsconfig, no tests)
cp package.json package-lock.json "$work/"
cp -R bin dist "$work/"
cd "$work"
echo "runtime check: npm ci --omit=dev in $work (better-sqlite3 may compile: about a minute)"
npm ci --omit=dev --no-audit --no-fund
test ! -e node_modules/typescript || { echo "runtime check: typescript present with --omit=dev" >&2; exit 1; }
rm -rf node_modules/tsx node_modules/.bin/tsx

env -i PATH="$PATH" HOME="$work" node bin/wirebrief.js --help 2>help.txt
grep -q 'usage: wirebrief <command>' help.txt || { echo "runtime check: --help printed no usage" >&2; cat help.txt >&2; exit 1; }

mkdir -p data
printf 'what did Putin say about BRICS\n' |
  env -i PATH="$PATH" HOME="$work" WIREBRIEF_DB="$work/data/wirebrief.db" timeout 60 node bin/wirebrief.js start >start.out 2>start.err
grep -q 'wirebrief chat: type a question' start.err || { echo "runtime check: start did not reach its prompt" >&2; cat start.err >&2; exit 1; }
grep -q 'بريكس' start.out || { echo "runtime check: start gave no grounded answer from the seeds" >&2; cat start.out start.err >&2; exit 1; }
test -s data/wirebrief.db || { echo "runtime check: no store written" >&2; exit 1; }

# two sources: prepared in a worker thread, whose entry must resolve inside dist/ without tsx
mkdir -p wire
cp dist/seeds/*.txt wire/a.txt
cp dist/seeds/*.txt wire/b.txt
env -i PATH="$PATH" HOME="$work" node bin/wirebrief.js ingest wire --db "$work/data/ingest.db" --json >ingest.json 2>ingest.err ||
  { echo "runtime check: ingest failed" >&2; cat ingest.err >&2; exit 1; }
grep -q '"added":1,"duplicates":1' ingest.json || { echo "runtime check: unexpected ingest report" >&2; cat ingest.json ingest.err >&2; exit 1; }
# PostgreSQL (when .ci/run set the test server): dist/ carries the PostgreSQL migrations too
pg_note=""
if [ -n "${WIREBRIEF_TEST_DATABASE_URL:-}" ] && command -v psql >/dev/null; then
  schema="runtime_check_$$"
  psql -q "$WIREBRIEF_TEST_DATABASE_URL" -c "CREATE SCHEMA $schema"
  env -i PATH="$PATH" HOME="$work" node bin/wirebrief.js migrate --db "$WIREBRIEF_TEST_DATABASE_URL?options=-c%20search_path%3D$schema" --json >migrate.json 2>migrate.err ||
    { echo "runtime check: migrate on PostgreSQL failed" >&2; cat migrate.err >&2; PGOPTIONS=--client-min-messages=warning psql -q "$WIREBRIEF_TEST_DATABASE_URL" -c "DROP SCHEMA $schema CASCADE"; exit 1; }
  PGOPTIONS=--client-min-messages=warning psql -q "$WIREBRIEF_TEST_DATABASE_URL" -c "DROP SCHEMA $schema CASCADE"
  grep -q '"backend":"postgres","applied":\[1,' migrate.json || { echo "runtime check: unexpected migrate report" >&2; cat migrate.json migrate.err >&2; exit 1; }
  pg_note="; PostgreSQL migrations from dist/"
fi
echo "runtime check: ok (dist/ with production dependencies only, no tsx; --help; start reached its prompt and answered; ingest through a prepare worker$pg_note)"
cd "$repo"
