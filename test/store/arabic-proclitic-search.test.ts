import pino from 'pino';
import { expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { searchDispatches } from '../../src/search/search-dispatches.js';
import type { Stores } from '../../src/store/open-stores.js';
import { describeStores } from '../helpers/store-backends.js';

const now = new Date('2026-02-12T12:00:00Z');
const logger = pino({ level: 'silent' });

/** One Arabic dispatch of 11 February, written for this test. */
const wire = (headline: string, lead: string) =>
  Buffer.from(`التاريخ : 11/02/2026\n${headline}\nالكويت - 11 - 2 (كونا) -- ${lead}.(النهاية)\nم ع / ر ي\n`);

/** Three dispatches, each naming its subject once, in one form only. */
async function fill(stores: Stores) {
  const ids: Record<string, string> = {};
  const add = async (key: string, headline: string, lead: string) => {
    const report = await ingestWireBytes(stores.dispatches, { source: key, bytes: wire(headline, lead) }, now);
    ids[key] = report.dispatches[0]!.id;
  };
  // the article after و and ل together: وللكويت
  await add('fund', 'اتفاقية قرض جديدة', 'وقع الصندوق العربي اليوم اتفاقية قرض لتمويل مشروع للطاقة الشمسية وللكويت فيه حصة كبيرة');
  // a bare preposition on a noun without the article: لمصفاة
  await add('refinery', 'انتهاء أعمال صيانة دورية', 'أعلنت شركة البترول الوطنية انتهاء أعمال الصيانة الدورية لمصفاة ميناء عبدالله أمس بعد ثلاثة أسابيع');
  // the definite form only: المستشفى
  await add('hospital', 'افتتاح جناح جديد', 'افتتح وزير الصحة اليوم جناحا جديدا للعلاج الطبيعي في المستشفى الأميري يتسع لخمسين سريرا');
  return ids;
}

describeStores('Arabic proclitics at index and query time', (backend) => {
  it('indexes وللكويت as الكويت: the article after a conjunction and a preposition is stripped at index time', async () => {
    const stores = await backend.fresh().open();
    const ids = await fill(stores);
    const hits = await searchDispatches(stores.dispatches, 'الكويت', 5);
    expect(hits.map((hit) => hit.id)).toContain(ids.fund);
  });

  it('finds a bare-preposition form from the definite one and the reverse, through the store vocabulary', async () => {
    const stores = await backend.fresh().open();
    const ids = await fill(stores);
    expect((await searchDispatches(stores.dispatches, 'المصفاة', 5))[0]?.id).toBe(ids.refinery);
    expect((await searchDispatches(stores.dispatches, 'لمستشفى', 5))[0]?.id).toBe(ids.hospital);
    expect((await searchDispatches(stores.dispatches, 'بالمستشفى', 5))[0]?.id).toBe(ids.hospital);
  });

  it('answers a Gulf-dialect question with a bare preposition on its subject', async () => {
    const stores = await backend.fresh().open();
    const ids = await fill(stores);
    // شو صار ("what happened") and بمصفاة: the lexicon's refinery, found through the ب
    const result = await answerQuestion({ store: stores.dispatches, llm: null, logger }, 'شو صار بمصفاة ميناء عبدالله؟', { now });
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.id)).toContain(ids.refinery);
  });
});
