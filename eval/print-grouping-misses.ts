import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isGenericEntity, storyEvidence, versionStrength } from '../src/dispatch/choose-story.js';
import { numberWeight } from '../src/dispatch/find-number-keys.js';
import type { StoryCandidate, StoryFeatures } from '../src/dispatch/story-features.js';
import { keysOfSeveralStories, versionEvidence } from '../src/dispatch/version-evidence.js';
import type { Dispatch } from '../src/dispatch/dispatch-types.js';
import { analyseDispatch } from '../src/ingest/prepare-dispatch.js';
import { openStores } from '../src/store/open-stores.js';
import { ingestEvalSet } from './ingest-eval-set.js';
import { loadEvalSetByName } from './load-eval-set-by-name.js';
import { HELD_OUT } from './run-eval-set.js';

// `node bin/run-ts.js eval/print-grouping-misses.ts <fortnight|fortnight2|fortnight3|fortnight4>`: each dev
// story's dispatches the store grouped apart, and each dev dispatch grouped with another labelled story,
// with the features that decided (date, dateline city, shared entities, figures, names, lead words) and
// the grouping rule's score. It reads no question; of a held-out story it prints only the dispatch's ref.

function shared(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(b);
  return [...new Set(a)].filter((item) => set.has(item));
}

function describe(ref: string, d: Dispatch): string {
  return `${ref} ${d.lang} ${d.date}${d.urgent ? ' FLASH' : ''} ${d.dateline?.city ?? '-'} | ${d.headline.slice(0, 90)}`;
}

function comparison(a: StoryFeatures, b: StoryFeatures, pool: readonly StoryCandidate[]): string {
  const numbers = shared(a.numberKeys, b.numberKeys);
  const weight = numbers.reduce((sum, key) => sum + numberWeight(key), 0);
  const lines = [
    `date ${a.date}/${b.date} city ${a.cityKey}/${b.cityKey} marker ${a.marker}/${b.marker}`,
    `entities ${JSON.stringify(shared(a.entityKeys, b.entityKeys))} of ${a.entityKeys.length}+${b.entityKeys.length}`,
    `numbers ${JSON.stringify(numbers)} weight ${weight}`,
    `names ${JSON.stringify(shared(a.nameKeys, b.nameKeys))}`,
  ];
  if (a.lang === b.lang) {
    const terms = shared(a.leadTerms, b.leadTerms).length;
    lines.push(`lead terms ${terms} of ${a.leadTerms.length}/${b.leadTerms.length}`);
  }
  const common = keysOfSeveralStories(a, pool);
  const version = versionEvidence(a, b, common, (id) => isGenericEntity(id, a.cityKey, [a.agency, b.agency]));
  lines.push(`version ${JSON.stringify(version)} common ${JSON.stringify([...common])}`);
  lines.push(`evidence ${storyEvidence(a, b, common).toFixed(2)} / ${storyEvidence(b, a, keysOfSeveralStories(b, pool)).toFixed(2)}, as versions ${versionStrength(a, b, common).toFixed(2)}`);
  return lines.map((line) => `      ${line}`).join('\n');
}

const set = loadEvalSetByName(process.argv[2]);
if (!set.stories) throw new Error(`${set.name} labels no stories: nothing to print`);
const { storyOf, splitOf } = set.stories;
const dir = mkdtempSync(join(tmpdir(), 'wirebrief-grouping-'));
const stores = openStores(join(dir, 'eval.db'));
try {
  const ingested = await ingestEvalSet(stores.dispatches, set);
  const refs = [...storyOf.keys()].filter((ref) => ingested.ids.has(ref));
  const stored = new Map((await stores.dispatches.getDispatches(refs.map((ref) => ingested.ids.get(ref) as string))).map((d) => [d.id, d]));
  const dispatchOf = (ref: string) => stored.get(ingested.ids.get(ref) as string) as Dispatch;
  const featuresOf = new Map(refs.map((ref) => [ref, analyseDispatch(dispatchOf(ref)).features]));
  // The stored dispatches of a dispatch's day and dateline: the pool its story was chosen from.
  const poolOf = (ref: string): StoryCandidate[] => {
    const own = featuresOf.get(ref) as StoryFeatures;
    return refs
      .filter((other) => other !== ref && featuresOf.get(other)?.date === own.date && featuresOf.get(other)?.cityKey === own.cityKey)
      .map((other) => ({ ...(featuresOf.get(other) as StoryFeatures), id: other, storyId: dispatchOf(other).storyId }));
  };
  const isDev = (ref: string) => splitOf.get(storyOf.get(ref) as string) !== HELD_OUT;
  const labels = [...new Set(refs.filter(isDev).map((ref) => storyOf.get(ref) as string))].sort();
  let apart = 0;
  let joined = 0;
  for (const label of labels) {
    const members = refs.filter((ref) => storyOf.get(ref) === label);
    const groups = new Map<string, string[]>();
    for (const ref of members) groups.set(dispatchOf(ref).storyId, [...(groups.get(dispatchOf(ref).storyId) ?? []), ref]);
    const intruders = refs.filter((ref) => storyOf.get(ref) !== label && groups.has(dispatchOf(ref).storyId));
    if (groups.size === 1 && intruders.length === 0) continue;
    process.stdout.write(`\n## ${label}: ${members.length} dispatches in ${groups.size} stored stories\n`);
    for (const [storyId, group] of groups) {
      process.stdout.write(`  story ${storyId}\n`);
      for (const ref of group) process.stdout.write(`    ${describe(ref, dispatchOf(ref))}\n`);
    }
    const heads = [...groups.values()];
    for (let i = 0; i < heads.length; i += 1) {
      for (let j = i + 1; j < heads.length; j += 1) {
        apart += 1;
        for (const a of heads[i] as string[]) {
          for (const b of heads[j] as string[]) {
            process.stdout.write(`    apart: ${a} ~ ${b}\n${comparison(featuresOf.get(a) as StoryFeatures, featuresOf.get(b) as StoryFeatures, poolOf(a))}\n`);
          }
        }
      }
    }
    for (const other of intruders) {
      joined += 1;
      const otherLabel = storyOf.get(other) as string;
      if (!isDev(other)) {
        const mate = (groups.get(dispatchOf(other).storyId) as string[])[0] as string;
        const own = featuresOf.get(mate) as StoryFeatures;
        const version = versionEvidence(own, featuresOf.get(other) as StoryFeatures, keysOfSeveralStories(own, poolOf(mate)), (id) => isGenericEntity(id, own.cityKey, [own.agency, dispatchOf(other).agency]));
        process.stdout.write(`    joined: ${other} of a held-out story, version ${JSON.stringify(version)}\n`);
        continue;
      }
      process.stdout.write(`    joined: ${describe(other, dispatchOf(other))} (story ${otherLabel})\n`);
      const mate = (groups.get(dispatchOf(other).storyId) as string[])[0] as string;
      process.stdout.write(`${comparison(featuresOf.get(other) as StoryFeatures, featuresOf.get(mate) as StoryFeatures, poolOf(other))}\n`);
    }
  }
  // The near misses of the other kind: for each dev dispatch, the other language's dispatch of
  // the same day and dateline from another labelled story with the most version evidence.
  process.stdout.write('\n## closest other stories across languages\n');
  for (const ref of refs.filter(isDev)) {
    const own = featuresOf.get(ref) as StoryFeatures;
    const pool = poolOf(ref);
    const common = keysOfSeveralStories(own, pool);
    const others = pool.filter((c) => c.lang !== own.lang && storyOf.get(c.id) !== storyOf.get(ref));
    const scored = others.map((c) => ({ ref: c.id, version: versionEvidence(own, c, common, (id) => isGenericEntity(id, own.cityKey, [own.agency, c.agency])) }));
    const top = scored.sort((x, y) => y.version.total - x.version.total)[0];
    if (top && top.version.total > 0) process.stdout.write(`  ${ref} ~ ${isDev(top.ref) ? top.ref : 'held-out dispatch'}: ${JSON.stringify(top.version)}\n`);
  }
  process.stdout.write(`\n${apart} pairs of stored stories one dev story spans, ${joined} dispatches of other stories joined (${set.name}, split ≠ ${HELD_OUT})\n`);
} finally {
  await stores.close();
  rmSync(dir, { recursive: true, force: true });
}
