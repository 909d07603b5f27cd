/** Vitest global setup: one line when the PostgreSQL half of the store tests cannot run. */
export default function setup(): void {
  if (!process.env.WIREBRIEF_TEST_DATABASE_URL) {
    process.stderr.write('PostgreSQL store tests skipped: set WIREBRIEF_TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them\n');
  }
}
