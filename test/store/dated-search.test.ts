import pg from 'pg';
import { expect, it } from 'vitest';
import type { Lang } from '../../src/dispatch/dispatch-types.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import type { CandidateSearch, PassageCandidate } from '../../src/store/dispatch-store.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { arabicWire, englishWire } from '../helpers/kuna-wire.js';
import { describeStores, testDatabaseUrl } from '../helpers/store-backends.js';

const now = new Date('2026-04-20T08:00:00Z');

/**
 * Dispatches on a harbour, filed out of day order (a late day first, early days last, days interleaved),
 * so the seqs between a day's first and last hold other days' dispatches too; the word counts differ, so
 * the ranks do.
 */
const filed = [
  englishWire(4, 16, 'The harbour authority opened a new ferry terminal at the harbour on Thursday.'),
  arabicWire(4, 12, 'افتتحت هيئة الميناء اليوم رصيفا جديدا في الميناء لسفن الركاب.'),
  englishWire(4, 12, 'Harbour pilots guided a grain carrier into the harbour after the fog lifted.'),
  englishWire(4, 14, 'The harbour master said the ferry terminal would open on Thursday.'),
  arabicWire(4, 15, 'قالت هيئة الميناء إن محطة العبارات ستفتتح يوم الخميس.'),
  englishWire(4, 11, 'A harbour crane was repaired overnight, the authority said.'),
  englishWire(4, 15, 'Ferry tickets for the new harbour terminal went on sale on Wednesday.'),
  arabicWire(4, 11, 'أصلحت هيئة الميناء رافعة في الميناء خلال الليل.'),
  englishWire(4, 13, 'The harbour, the harbour authority and the harbour pilots held a safety drill.'),
  englishWire(4, 12, 'Harbour fees for small boats will stay the same this year.'),
];

/** What a candidate is to ranking: which dispatch, at what relevance, in what order. */
const ranked = (candidates: PassageCandidate[]) => candidates.map((c) => ({ seq: c.seq, date: c.date, lang: c.lang, relevance: c.relevance }));

describeStores('a dated search (SQLite: bounded by its dates’ seqs; PostgreSQL: read from the dates’ index)', (backend) => {
  it('finds the rows and ranks the unbounded search finds among those dates, dispatches stored out of date order', async () => {
    const stores = await backend.fresh().open();
    for (const [index, bytes] of filed.entries()) await ingestWireBytes(stores.dispatches, { source: `harbour-${index}.txt`, bytes }, now);
    const cases: Array<{ question: string; since?: string; until?: string; lang?: Lang }> = [
      { question: 'harbour ferry terminal', since: '2026-04-12', until: '2026-04-14' },
      { question: 'harbour ferry terminal', since: '2026-04-12', until: '2026-04-14', lang: 'en' },
      { question: 'harbour ferry terminal', since: '2026-04-15' },
      { question: 'harbour ferry terminal', until: '2026-04-12', lang: 'en' },
      { question: 'harbour ferry terminal', since: '2026-04-13', until: '2026-04-13' },
      { question: 'هيئة الميناء رصيف', since: '2026-04-11', until: '2026-04-12', lang: 'ar' },
      { question: 'هيئة الميناء رصيف', since: '2026-04-12', until: '2026-04-16', lang: 'ar' },
      { question: 'harbour ferry terminal', since: '2026-04-17', until: '2026-04-19' },
    ];
    let found = 0;
    for (const { question, ...filter } of cases) {
      for (const mode of ['all', 'any'] as const) {
        const search: CandidateSearch = { mode, limit: 20, window: 1000 };
        const query = expandQuery(question);
        const dated = await stores.dispatches.findCandidates(query, { ...search, ...filter });
        const unbounded = (await stores.dispatches.findCandidates(query, search)).filter(
          (c) => (filter.since === undefined || c.date >= filter.since) && (filter.until === undefined || c.date <= filter.until) && (filter.lang === undefined || c.lang === filter.lang),
        );
        expect(ranked(dated), `${question} ${mode} ${JSON.stringify(filter)}`).toEqual(ranked(unbounded));
        found += dated.length;
      }
    }
    expect(found).toBeGreaterThan(10);
  });

  it.runIf(backend.name === 'postgres')('reads a dated search’s rows from an index of the dates, with the language', async () => {
    const location = backend.fresh();
    await location.open();
    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'dispatch_terms'", [location.where]);
      expect(rows.map((row) => row.indexdef)).toContainEqual(expect.stringMatching(/USING btree \(date, lang\)$/));
    } finally {
      await client.end();
    }
  });
});
