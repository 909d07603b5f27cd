import { describe, expect, it } from 'vitest';
import { asksSpeaker } from '../../src/answer/names-doer.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-06-09T08:00:00Z');

// Our own sentences: a library's reading club, its manager quoted with her own title and the wire's
// own verb ("said", أوضحت), never "spoke" or "official"; a ferry timetable told by nobody.
const WIRE = `Date : 08/06/2026
National Library opens summer reading club
KUWAIT, June 8 (KUNA) -- The National Library opened a summer reading club for children on Monday. Programme manager Huda Al-Kandari said 400 children had signed up for the club in its first week. (end)
ab.cd

التاريخ : 08/06/2026
الكويت - 8 - 6 (كونا) -- افتتحت المكتبة الوطنية اليوم الاثنين نادي القراءة الصيفي للأطفال. وأوضحت مديرة البرنامج هدى الكندري ل(كونا) أن 400 طفل سجلوا في النادي خلال أسبوعه الأول.(النهاية)
ع م / س ر

Date : 08/06/2026
Chess federation sets summer championship for July
KUWAIT, June 8 (KUNA) -- The Kuwait Chess Federation will hold its summer championship in July, the federation said on Monday. Federation chairman Adel Al-Rifai said 120 players had entered so far. (end)
ab.cd

التاريخ : 08/06/2026
الكويت - 8 - 6 (كونا) -- يقيم اتحاد الشطرنج الكويتي بطولته الصيفية في يوليو المقبل. وقال رئيس الاتحاد عادل الرفاعي ل(كونا) إن 120 لاعبا سجلوا حتى الآن.(النهاية)
ع م / س ر

Date : 07/06/2026
Extra ferry trips to Failaka for the summer
KUWAIT, June 7 (KUNA) -- Ferries to Failaka Island will sail four times a day from Sunday until the end of August. (end)
ab.cd
`;

describe('asked "who spoke" or "which official", the speaker the wire quotes answers', () => {
  const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

  it('takes "spoke", تحدث and "official", المسؤول for the answer asked, not a topic a passage must name', () => {
    for (const question of ['Who spoke for the reading club?', 'Who is the library official running the reading club?', 'من المسؤول الذي تحدث عن نادي القراءة؟', 'منو صرح عن نادي القراءة؟']) {
      const slot = weighConcepts(expandQuery(question), question, undefined, 10, 'person').list.filter((c) => !c.critical);
      expect(slot.length, question).toBeGreaterThan(0);
      expect(asksSpeaker(question), question).toBe(true);
    }
    for (const question of ['Who is talking about the summer chess championship?', 'who was speaking for the chess federation?', 'مين يتكلم عن بطولة الشطرنج؟']) expect(asksSpeaker(question), question).toBe(true);
    expect(asksSpeaker('who opened the reading club?')).toBe(false);
    expect(asksSpeaker('منو افتتح نادي القراءة؟')).toBe(false);
  });

  it('answers who spoke for the club with the manager the English copy quotes', async () => {
    const result = await ask('Who spoke for the summer reading club?');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('Huda Al-Kandari'))).toBe(true);
  });

  it('answers who is talking about the championship with the chairman quoted, named by his post and name', async () => {
    const result = await ask("Who's the chairman talking about the summer chess championship?");
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('Adel Al-Rifai'))).toBe(true);
  });

  it('answers which official ran the club from "Programme manager … said"', async () => {
    const result = await ask('Who is the library official in charge of the summer reading club?');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('Huda Al-Kandari'))).toBe(true);
  });

  it('answers من المسؤول الذي تحدث from "وأوضحت مديرة البرنامج هدى الكندري"', async () => {
    const result = await ask('من المسؤول الذي تحدث عن نادي القراءة الصيفي؟');
    expect(result.found).toBe(true);
    expect(result.citations.some((c) => c.quote.includes('هدى الكندري'))).toBe(true);
  });

  it('answers who chairs the federation from "Federation chairman … said", in either language', async () => {
    const english = await ask('Who chairs the chess federation?');
    expect(english.found).toBe(true);
    expect(english.citations.some((c) => c.quote.includes('Adel Al-Rifai'))).toBe(true);
    const arabic = await ask('من يرأس اتحاد الشطرنج؟');
    expect(arabic.found).toBe(true);
    expect(arabic.citations.some((c) => c.quote.includes('الرفاعي'))).toBe(true);
  });

  it('still declines who spoke about what nobody was quoted on', async () => {
    expect((await ask('من المسؤول الذي تحدث عن رحلات العبارات إلى فيلكا؟')).found).toBe(false);
    expect((await ask('منو صرح عن رحلات فيلكا؟')).found).toBe(false);
  });
});
