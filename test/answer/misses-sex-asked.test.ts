import { describe, expect, it } from 'vitest';
import { missesSexAsked, sexesNamed } from '../../src/answer/misses-sex-asked.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-12T08:00:00Z');

// A volleyball championship's men's final and a swimming meet of both, written for this test; no women's volleyball is told.
const WIRE = `Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- Kuwait's Al-Arabi won the men's title at the Gulf Club Volleyball Championship on Saturday, beating Bahrain's Al-Ahli in the final. (end)
ab.cd

Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- Kuwaiti swimmer Mona Al-Rashidi won the women's backstroke final at the Gulf Swimming Championship on Saturday. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe("near misses: the women's event asked, the men's told", () => {
  it('reads the sex a text names in either language, and not inside other words', () => {
    expect([...sexesNamed("who won the women's race?")]).toEqual(['women']);
    expect([...sexesNamed('منو فاز بلقب السيدات؟')]).toEqual(['women']);
    expect([...sexesNamed('فاز المنتخب في فئة الرجال')]).toEqual(['men']);
    expect([...sexesNamed('أكد الوزير دعم تمكين المرأة')]).toEqual(['women']);
    expect(sexesNamed('the gunmen fled; the document was signed').size).toBe(0);
    // the dual of a women's noun of the class: two women players
    expect([...sexesNamed('وقال إن الفريق الفائز يضم لاعبتين، وإن البطولة ستقام سنويا.')]).toEqual(['women']);
    expect(missesSexAsked('are there women on the winning chess team?', ['الفريق الفائز يضم لاعبتين.'])).toBe(false);
  });

  it("reads the Gulf's spoken words for a girl and a woman, not a word holding their letters", () => {
    expect([...sexesNamed('كم بنت شاركت في السباق؟')]).toEqual(['women']);
    expect([...sexesNamed('كم حرمة سجلت في النادي؟')]).toEqual(['women']);
    expect(sexesNamed('بنتهي من المشروع قريبا').size).toBe(0);
    // the Gulf's spoken plural for men: `رياييل` (`رجال`, its ج spoken ي), not the riyal
    expect([...sexesNamed('الرياييل يقدرون يسجلون بالدورة؟')]).toEqual(['men']);
    expect([...sexesNamed('فيه دورة للرياجيل؟')]).toEqual(['men']);
    expect(sexesNamed('سعره مية ريال').size).toBe(0);
    expect(missesSexAsked('فيه دورة ريزن للرياييل؟', ['Twenty-four women have signed up for a resin art course.'])).toBe(true);
    expect(missesSexAsked('الرياييل يقدرون يسجلون بالدورة؟', ['وقال إن الدورة مفتوحة للرجال والنساء.'])).toBe(false);
    // Asked the girls, a passage counting boys and girls together as `طالبا وطالبة` names no girl apart.
    expect(missesSexAsked('كم بنت انقبلت في البرنامج؟', ['قبلت الوزارة 300 طالب وطالبة في البرنامج.'])).toBe(true);
    expect(missesSexAsked('كم بنت انقبلت في البرنامج؟', ['وقالت المديرة إن البنات شكلن نصف المقبولين.'])).toBe(false);
  });

  it('reads women counted in the singular, as the wire counts eleven and more, and not beside men', () => {
    expect(missesSexAsked('how many women finished the pottery course?', ['وقالت المدربة إن 16 سيدة أنهين دورة الفخار.'])).toBe(false);
    expect(missesSexAsked('هل شاركت بنات في بطولة الشطرنج؟', ['وأضاف أن 21 لاعبة شاركن في البطولة.'])).toBe(false);
    expect(missesSexAsked('هل شاركت بنات في بطولة الشطرنج؟', ['وأضاف أن 40 لاعبا ولاعبة شاركوا في البطولة.'])).toBe(true);
    expect(missesSexAsked('how many women finished the pottery course?', ['وقال المدرب إن 16 متدربا أنهوا دورة الفخار.'])).toBe(true);
  });

  it('misses only where the asked sex is named nowhere around the passage', () => {
    expect(missesSexAsked("who won the women's title?", ["Al-Arabi won the men's title."])).toBe(true);
    expect(missesSexAsked('مين فاز ببطولة السيدات؟', ['أحرز النادي لقب بطولة الرجال'])).toBe(true);
    expect(missesSexAsked("who won the women's title?", ['The final was played on Saturday.', "Qadsia took the women's title."])).toBe(false);
    expect(missesSexAsked('who won the title?', ["Al-Arabi won the men's title."])).toBe(false);
    expect(missesSexAsked("did the men's and women's teams play?", ["Al-Arabi won the men's title."])).toBe(false);
  });

  it("declines the women's volleyball title nobody reported and answers the men's", async () => {
    expect((await ask("who won the women's title at the gulf club volleyball championship?")).found).toBe(false);
    const answered = await ask("who won the men's title at the gulf club volleyball championship?");
    expect(answered.found).toBe(true);
    expect(answered.citations.map((c) => c.quote).join(' ')).toMatch(/Al-Arabi/);
  });
});

describe("near misses: women told by a doer's feminine dual", () => {
  it('reads two women drivers, or two women guards, as women told, and drivers, cars or planes as none', () => {
    expect(missesSexAsked('هل شاركت بنات في سباق الدراجات؟', ['وأضاف المنظم أن سائقتين شاركتا في السباق هذا العام.'])).toBe(false);
    expect(missesSexAsked('did any girls take part in the cycling race?', ['وقال إن حارستين من المدرسة رافقتا الفريق.'])).toBe(false);
    expect(missesSexAsked('هل شاركت بنات في مسابقة الطائرات الورقية؟', ['وأوضح أن الطائرات حلقت 40 مترا.'])).toBe(true);
    expect(missesSexAsked('هل شاركت بنات في سباق الدراجات؟', ['وأضاف المنظم أن 30 سائقا شاركوا في السباق هذا العام.'])).toBe(true);
    expect(missesSexAsked('هل شاركت بنات في سباق الدراجات؟', ['وأوضح أن ثلاث سيارات نقلت المتسابقين.'])).toBe(true);
  });
});

describe('one child told by the Arabic noun\'s gender', () => {
  it('reads `طفلا` as a boy and `طفلة` as a girl in what a passage tells', () => {
    expect(missesSexAsked('how many dogs went for the boy', ['قال المتحدث إن طفلا في التاسعة من عمره أصيب بعضات بعد أن هاجمته ثلاثة كلاب ضالة.'])).toBe(false);
    expect(missesSexAsked('how old was the girl who was rescued?', ['أنقذت فرق الإطفاء الطفلة من البئر.'])).toBe(false);
    expect(missesSexAsked('how old was the girl who was rescued?', ['أنقذت فرق الإطفاء الطفل من البئر.'])).toBe(true);
  });

  it('leaves children of both sexes (`أطفال`) telling no sex', () => {
    expect(missesSexAsked('how many boys joined the camp?', ['انضم 40 من الأطفال إلى المخيم.'])).toBe(true);
  });
});
