import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { ingestWireBytes } from '../../src/ingest/ingest-wire-bytes.js';
import { openStores } from '../../src/store/open-stores.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const logger = pino({ level: 'silent' });
const now = new Date('2026-02-10T08:00:00Z');

const BEIJING = `Date : 09/02/2026
BEIJING, Feb 9 (KUNA) -- Chinese President Xi Jinping said on Monday that China is ready to expand energy cooperation with Gulf states.
Xinhua news agency reported that the two sides signed four energy agreements worth USD 3 billion.
He also stressed that trade should keep growing. (end)
ab.cd
`;
const CLINICS = `Date : 07/02/2026
KUWAIT, Feb 7 (KUNA) -- Cases of red eye rose at clinics with the dust, Dr. Hessa Al-Mulaifi, an eye doctor at a public hospital, told KUNA on Saturday.
Most of the cases were mild and needed no drops.
She advised people to rinse their eyes with clean water after being outdoors. (end)
ab.cd
`;
const PORTS = `التاريخ : 08/02/2026
الكويت - 8 - 2 (كونا) -- قال المدير العام لهيئة الموانئ مشاري الشمري اليوم الأحد إن حركة الحاويات ارتفعت 12 في المئة خلال يناير. وأفاد بيان للهيئة أن الأرصفة الجديدة ستفتتح في مارس.(النهاية)
م ص / ع ج
`;

async function ask(question: string) {
  const stores = openStores(join(tempDir(), 'store.db'));
  try {
    for (const [source, text] of [['beijing', BEIJING], ['ports', PORTS], ['clinics', CLINICS]]) {
      await ingestWireBytes(stores.dispatches, { source: source as string, bytes: Buffer.from(text as string) }, now);
    }
    return await answerQuestion({ store: stores.dispatches, llm: null, logger }, question, { now });
  } finally {
    stores.close();
  }
}

describe('extractive answers keep to the speaker the wire names', () => {
  it('does not credit Xinhua\'s sentence to Xi', async () => {
    const result = await ask('what did Xi say about energy');
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/Xi Jinping \(KUNA, .*\): «Chinese President Xi Jinping said/);
    expect(result.answer).not.toMatch(/Xi Jinping \([^)]*\): «Xinhua/);
    expect(result.citations.every((c) => !c.quote.startsWith('Xinhua'))).toBe(true);
  });

  it('quotes a speaker no list holds, asked in the other script, only as far as his words go', async () => {
    const result = await ask('what did Al-Shammari say about container traffic?');
    expect(result.found).toBe(true);
    const [citation] = result.citations;
    expect(citation?.quote).toMatch(/^قال المدير العام لهيئة الموانئ مشاري الشمري .* خلال يناير\.$/);
    expect(citation?.quote).not.toContain('بيان');
    expect(result.answer).toContain('Al-Shammari (KUNA');
  });

  it('names a speaker no list holds where the wire gives them as the speaker, and on the sentence that goes on with them', async () => {
    const result = await ask('what should people do after being outdoors in the dust?');
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/Hessa Al-Mulaifi \(KUNA, [^)]*\): «She advised people to rinse their eyes/);
  });
});
