import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { leadWithNewestStory, newestStoryFirst, spansSeveralDays } from '../../src/answer/lead-with-newest-story.js';
import { retrievePassages } from '../../src/answer/retrieve-passages.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import type { PassageHit } from '../../src/store/dispatch-store.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const logger = pino({ level: 'silent' });

// Four sessions of one market on four days (15 to 18 February 2026), and a one-off story told in a
// dispatch and its follow-up the next day. Written for this test.
const WIRE = `Date : 15/02/2026
Boursa Kuwait closes higher as banks gain
KUWAIT, Feb 15 (KUNA) -- Boursa Kuwait closed Sunday's session higher, with the all-share index rising 41.5 points, or 0.5 percent, to 8,240.1 points on gains in bank shares. (end)
ab.cd

Date : 16/02/2026
Boursa Kuwait closes lower on profit taking
KUWAIT, Feb 16 (KUNA) -- Boursa Kuwait closed Monday's session lower, with the all-share index falling 18.2 points, or 0.2 percent, to 8,221.9 points on profit taking in bank shares. (end)
ab.cd

Date : 17/02/2026
Boursa Kuwait closes flat in thin trade
KUWAIT, Feb 17 (KUNA) -- Boursa Kuwait closed Tuesday's session flat, with the all-share index edging 1.3 points, or 0.02 percent, to 8,223.2 points in thin trade in bank shares. (end)
ab.cd

Date : 18/02/2026
Boursa Kuwait closes higher as telecoms rally
KUWAIT, Feb 18 (KUNA) -- Boursa Kuwait closed Wednesday's session higher, with the all-share index climbing 63.7 points, or 0.8 percent, to 8,286.9 points as telecom and bank shares rallied. (end)
ab.cd

Date : 16/02/2026
Kuwait opens desalination plant in Doha
KUWAIT, Feb 16 (KUNA) -- The Ministry of Electricity and Water opened a desalination plant in Doha on Monday with a capacity of 60 million gallons a day, the ministry said. (end)
ab.cd
`;

async function withStore<T>(run: (stores: ReturnType<typeof openStores>) => Promise<T>): Promise<T> {
  const stores = openStores(join(tempDir(), 'store.db'));
  try {
    await ingestWireBytes(stores.dispatches, { source: 'wire', bytes: Buffer.from(WIRE) }, new Date('2026-02-18T12:00:00Z'));
    return await run(stores);
  } finally {
    stores.close();
  }
}

const NOW = new Date('2026-02-19T09:00:00Z');

describe('a dateless question about a story the wire tells again and again', () => {
  it('stores the sessions as stories of their own (the premise of the rest)', async () => {
    const stories = await withStore(async (stores) => (await stores.dispatches.listDispatches({ limit: 10 })).map((d) => d.storyId));
    expect(new Set(stories).size).toBe(5);
  });

  it('leads the passages and the answer with the newest session', async () => {
    await withStore(async (stores) => {
      const retrieval = await retrievePassages(stores.dispatches, 'How did the Boursa close?', NOW, { timeZone: 'Asia/Kuwait' });
      expect(retrieval.newestStory).toBe(true);
      expect(retrieval.relevant.map((hit) => hit.date)).toEqual(['2026-02-18', '2026-02-17', '2026-02-16', '2026-02-15'].slice(0, retrieval.relevant.length));
      const answer = await answerQuestion({ store: stores.dispatches, llm: null, logger }, 'How did the Boursa close?', { now: NOW, timeZone: 'Asia/Kuwait' });
      expect(answer.found).toBe(true);
      expect(answer.citations[0]?.date).toBe('2026-02-18');
      expect(answer.answer.split('\n')[0]).toContain('8,286.9');
    });
  });

  it('a dated question still gets its day', async () => {
    await withStore(async (stores) => {
      const answer = await answerQuestion({ store: stores.dispatches, llm: null, logger }, 'How did the Boursa close on 16 February?', { now: NOW, timeZone: 'Asia/Kuwait' });
      expect(answer.found).toBe(true);
      expect(answer.citations[0]?.date).toBe('2026-02-16');
      const lastWeek = await retrievePassages(stores.dispatches, 'How did the Boursa close on Sunday?', NOW, { timeZone: 'Asia/Kuwait' });
      expect(lastWeek.newestStory).toBe(false);
      expect(lastWeek.relevant[0]?.date).toBe('2026-02-15');
    });
  });

  it('a question about a one-off story is unaffected', async () => {
    await withStore(async (stores) => {
      const retrieval = await retrievePassages(stores.dispatches, 'What is the capacity of the desalination plant in Doha?', NOW, { timeZone: 'Asia/Kuwait' });
      expect(retrieval.newestStory).toBe(false);
      expect(retrieval.relevant[0]?.text).toContain('60 million gallons');
    });
  });
});

const hit = (storyId: string, date: string, score: number, text: string, lang: 'ar' | 'en' = 'en'): PassageHit => ({
  dispatchId: `${storyId}-${date}-${lang}`, paragraph: 0, text, score, date, lang, agency: 'KUNA', headline: '', dateline: null, urgent: false, storyId,
});

describe('leadWithNewestStory', () => {
  const session = (move: string) => `Boursa Kuwait closed the session ${move}, with the all-share index moving points percent on bank shares`;

  it('puts the newest of the stories told alike first, each story in the order given', () => {
    const hits = [hit('a', '2026-02-15', 9, session('higher')), hit('b', '2026-02-16', 8, session('lower')), hit('a', '2026-02-15', 4, session('up')), hit('c', '2026-02-17', 7, session('flat'))];
    expect(spansSeveralDays(hits)).toBe(true);
    expect(leadWithNewestStory(hits).map((h) => `${h.storyId}${h.score}`)).toEqual(['c7', 'b8', 'a9', 'a4']);
  });

  it('a story of another kind, however strong, follows the newest of the series', () => {
    const weekly = hit('w', '2026-02-19', 12, 'The stock exchange ended the week up with gains of 1.6 percent over five trading days on telecom stocks');
    const hits = [weekly, hit('a', '2026-02-15', 9, session('higher')), hit('b', '2026-02-18', 8, session('lower'))];
    expect(leadWithNewestStory(hits).map((h) => h.storyId)).toEqual(['b', 'a', 'w']);
  });

  it('compares scores within a language: an Arabic passage scored lower still competes with its Arabic peers', () => {
    const ar = (move: string) => `أغلقت بورصة الكويت تعاملاتها ${move} مع تداول أسهم البنوك وارتفاع المؤشر العام نقطة`;
    const hits = [hit('e', '2026-02-15', 20, session('higher')), hit('a', '2026-02-15', 3, ar('مرتفعة'), 'ar'), hit('b', '2026-02-18', 2.5, ar('منخفضة'), 'ar')];
    expect(leadWithNewestStory(hits).map((h) => h.storyId)).toEqual(['b', 'a', 'e']);
  });

  it('does not lead with a newer story that competes only in the other language, answering far less well in its own', () => {
    // The clubs' tournament (Arabic strong, English weak through the lexicon) and next week's cup, told alike in English.
    const ar = (event: string) => `اختتمت ${event} للكرة الطائرة بمشاركة الأندية وتتويج اللاعب الأفضل`;
    const hits = [
      hit('clubs', '2026-05-12', 9, ar('بطولة الأندية'), 'ar'),
      hit('cup', '2026-05-22', 2, ar('كأس الخليج'), 'ar'),
      hit('clubs', '2026-05-12', 1.6, 'The volleyball clubs tournament ended with the best player crowned among the teams'),
      hit('cup', '2026-05-22', 1.5, 'The volleyball cup tournament ended with the best player crowned among the teams'),
    ];
    expect(spansSeveralDays(hits)).toBe(false);
    expect(leadWithNewestStory(hits)).toEqual(hits);
  });

  it('leaves one story, or several of one day, as given', () => {
    const oneStory = [hit('a', '2026-02-15', 9, session('higher')), hit('a', '2026-02-18', 3, session('lower'))];
    expect(spansSeveralDays(oneStory)).toBe(false);
    expect(leadWithNewestStory(oneStory)).toEqual(oneStory);
    const oneDay = [hit('a', '2026-02-15', 9, session('higher')), hit('b', '2026-02-15', 8, session('lower'))];
    expect(leadWithNewestStory(oneDay)).toEqual(oneDay);
  });

  it('does not lead with a newer story that answers far less well, or is told otherwise', () => {
    const weak = [hit('a', '2026-02-15', 9, session('higher')), hit('b', '2026-02-18', 3, session('lower'))];
    expect(spansSeveralDays(weak)).toBe(false);
    expect(leadWithNewestStory(weak)).toEqual(weak);
    const otherKind = [hit('a', '2026-02-15', 9, session('higher')), hit('b', '2026-02-18', 8, 'The moon sighting committee said Ramadan begins on Thursday in Kuwait')];
    expect(spansSeveralDays(otherKind)).toBe(false);
    expect(leadWithNewestStory(otherKind)).toEqual(otherKind);
  });
});

describe('newestStoryFirst given the concepts each passage names', () => {
  const final = (event: string) => `The ${event} jiu-jitsu championship ended on Saturday with club medals in every weight class and a best fighter named`;
  const hits = [hit('national', '2026-06-08', 9, final('national')), hit('asian', '2026-06-17', 8, final('Asian'))];
  const named = (h: PassageHit) => (h.storyId === 'national' ? ['national', 'jiu-jitsu'] : ['jiu-jitsu']);

  it('leads with a newer story only if it names every concept the best-matching story names', () => {
    expect(newestStoryFirst(hits)?.map((h) => h.storyId)).toEqual(['asian', 'national']);
    expect(newestStoryFirst(hits, named)).toBeNull();
    expect(newestStoryFirst(hits, () => ['jiu-jitsu'])?.map((h) => h.storyId)).toEqual(['asian', 'national']);
  });
});
