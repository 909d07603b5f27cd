import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeSentences, findSpeaker, isUnlistedSpeaker, speakerName, UNNAMED_SOURCE } from '../../src/answer/find-speaker.js';
import { agencyMarkers } from '../../src/dispatch/agency-markers.js';
import { parseDispatch } from '../../src/dispatch/parse-dispatch.js';
import { isArabicScript } from '../../src/text/transliterate-name.js';
import { seedPath } from '../helpers/seed-path.js';

describe('findSpeaker', () => {
  it('follows the seed: Xi first, then Putin from "من جهته قال بوتين", and his "وأعرب" sentences stay his', () => {
    const parsed = parseDispatch(readFileSync(seedPath, 'utf8'), { year: 2026, date: '2026-02-05' });
    if (!parsed.ok) throw new Error(parsed.reason);
    const paragraphs = parsed.dispatch.paragraphs;
    const brics = paragraphs.findIndex((p) => p.startsWith('وأعرب عن استعداد موسكو'));
    const putin = paragraphs.findIndex((p) => p.startsWith('من جهته قال بوتين'));
    expect(brics).toBeGreaterThan(putin);
    expect(findSpeaker(paragraphs, putin)).toBe('putin');
    expect(findSpeaker(paragraphs, brics)).toBe('putin');
    expect(findSpeaker(paragraphs, paragraphs.findIndex((p) => p.includes('القول إن العام الحالي')))).toBe('xi-jinping');
  });

  it('takes a name a paragraph gives over the speaker before, and carries "He added" forward', () => {
    const paragraphs = [
      'Russian Foreign Minister Sergei Lavrov said Moscow opposes unilateral sanctions.',
      'For his part, Wang Yi said China is ready to prepare for the SCO summit.',
      'He added that trade should be settled in national currencies.',
      'وقال أردوغان في تصريح للصحفيين إن بلاده تتطلع إلى رفع التبادل التجاري.',
      'وأضاف أن الشركات التركية مستعدة للمشاركة.',
    ];
    expect([0, 1, 2, 3, 4].map((i) => findSpeaker(paragraphs, i))).toEqual(['lavrov', 'wang-yi', 'wang-yi', 'erdogan', 'erdogan']);
  });

  it('finds an Arabic speaker named after a long title, and nobody where the wire names nobody', () => {
    const paragraphs = ['رحب الأمين العام لمجلس التعاون لدول الخليج العربية جاسم البديوي اليوم السبت باتفاق تبادل الأسرى.', 'وتم تداول 280 مليون سهم.'];
    expect(findSpeaker(paragraphs, 0)).toBe('budaiwi');
    expect(findSpeaker(paragraphs, 1)).toBeNull();
  });
});

describe('attribution hands over to the source the wire names', () => {
  it('stops Xi at the sentence the wire gives to Xinhua, in English and in Arabic', () => {
    const english = [
      'Chinese President Xi Jinping said on Wednesday that China is ready to work with Gulf states on energy.',
      'He added that trade between the two sides should keep growing. Xinhua news agency reported that the two sides signed four agreements. The agreements cover ports and solar power.',
      'It said the talks lasted two hours.',
    ];
    expect(attributeSentences(english, 0).map((s) => s.speaker)).toEqual(['xi-jinping']);
    expect(attributeSentences(english, 1).map((s) => s.speaker)).toEqual(['xi-jinping', 'xinhua', 'xinhua']);
    expect(findSpeaker(english, 2)).toBeNull();
    const arabic = [
      'قال الرئيس الصيني شي جين بينغ اليوم الأربعاء إن بلاده مستعدة للعمل مع دول الخليج في مجال الطاقة.',
      'وأضافت وكالة أنباء الصين الجديدة (شينخوا) أن الجانبين وقعا أربع اتفاقيات.',
      'وأضاف أن الاتفاقيات تشمل الموانئ والطاقة الشمسية.',
    ];
    expect([0, 1, 2].map((i) => findSpeaker(arabic, i))).toEqual(['xi-jinping', 'xinhua', 'xinhua']);
  });

  it('hands over to a statement or another official, and back to a named speaker', () => {
    const paragraphs = [
      'Foreign Minister Sergei Lavrov said Moscow opposes unilateral sanctions. A statement issued after the meeting said the ministers agreed to meet again in June.',
      'وقال البيان إن الوزراء اتفقوا على الاجتماع مجددا.',
      'Wang Yi said China shares that view.',
    ];
    expect(attributeSentences(paragraphs, 0).map((s) => s.speaker)).toEqual(['lavrov', UNNAMED_SOURCE]);
    expect(findSpeaker(paragraphs, 1)).toBe(UNNAMED_SOURCE);
    expect(findSpeaker(paragraphs, 2)).toBe('wang-yi');
  });

  it('names a speaker no list holds when the question asks for them, in either script', () => {
    const paragraphs = ['قال المدير العام لهيئة الموانئ مشاري الشمري إن حركة الحاويات ارتفعت.', 'وأضاف أن الهيئة تعمل على توسعة الأرصفة.'];
    // unasked, the name stands as the verb's subject and no list holds it (see the next describe)
    expect(findSpeaker(paragraphs, 0)).toBe('unlisted:مشاري الشمري');
    expect(findSpeaker(paragraphs, 0, ['Al-Shammari'])).toBe('name:الشمري');
    expect(findSpeaker(paragraphs, 1, ['Al-Shammari'])).toBe('name:الشمري');
    expect(speakerName('name:الشمري', 'en')).toBe('الشمري');
  });
});

describe('a speaker no list holds', () => {
  it('is the name the wire gives as the subject of a verb of speech, in English and in Arabic, shown as written', () => {
    const english = [
      'Cases of red eye rose at clinics with the dust, Dr. Hessa Al-Mulaifi, an eye doctor at a public hospital, told KUNA.',
      'Most of the cases were mild.',
      'She advised people to rinse their eyes with clean water.',
    ];
    expect([0, 1, 2].map((i) => findSpeaker(english, i))).toEqual(['unlisted:Hessa Al-Mulaifi', null, 'unlisted:Hessa Al-Mulaifi']);
    expect(speakerName('unlisted:Hessa Al-Mulaifi', 'ar')).toBe('Hessa Al-Mulaifi');
    expect(isUnlistedSpeaker('unlisted:Hessa Al-Mulaifi')).toBe(true);
    const arabic = [
      'ارتفعت حالات احمرار العين في العيادات مع الغبار، بحسب ما قالت طبيبة العيون في مستشفى حكومي حصة المليفي لـ(كونا).',
      'وكانت أغلب الحالات خفيفة.',
      'وأشارت إلى أن غسل العين بالماء النظيف يكفي.',
    ];
    expect([0, 1, 2].map((i) => findSpeaker(arabic, i))).toEqual(['unlisted:حصة المليفي', null, 'unlisted:حصة المليفي']);
  });

  it('takes the person after an office ("Minister of Health …", `وزير الصحة …`) and no body, place or thing reported', () => {
    expect(findSpeaker(['Minister of Commerce Nasser Al-Hajeri said the market would reopen.'], 0)).toBe('unlisted:Nasser Al-Hajeri');
    expect(findSpeaker(['وقال وزير التجارة ناصر الهاجري إن السوق سيفتح.'], 0)).toBe('unlisted:ناصر الهاجري');
    expect(findSpeaker(['He said the stalls would open on Gulf Road in Salmiya.'], 0)).toBeNull();
    expect(findSpeaker(['The Public Authority for Housing said in a statement that work began.'], 0)).not.toMatch(/^unlisted:/);
    expect(findSpeaker(['وقال إن البسطات ستفتح في منطقة الشويخ.'], 0)).toBeNull();
    expect(findSpeaker(['وقالت وزارة الصحة، في بيان، إن الحالات ارتفعت.'], 0)).not.toMatch(/^unlisted:/);
    expect(findSpeaker(['وقال وزير الخارجية لـ(كونا) إن الزيارة ناجحة.'], 0)).toBeNull();
  });

  it('carries a speaker over a long run of continuing paragraphs, and nobody where nobody was named', () => {
    const continuing = Array.from({ length: 40 }, (_, i) => `وأضاف أن العمل في المرحلة ${i + 1} يسير وفق الخطة.`);
    expect(findSpeaker(['وقال وزير الخارجية إن الزيارة ناجحة.', ...continuing], 40)).toBeNull();
    expect(findSpeaker(['وقال مدير المشروع ناصر الهاجري إن الزيارة ناجحة.', ...continuing], 40)).toBe('unlisted:ناصر الهاجري');
  });

  it('gives way to a listed speaker or a name the question asks about', () => {
    expect(findSpeaker(['Wang Yi said China is ready, Dr. Hessa Al-Mulaifi said.'], 0)).toBe('wang-yi');
    expect(findSpeaker(['قال المدير مشاري الشمري إن الحركة ارتفعت.'], 0, ['Al-Shammari'])).toBe('name:الشمري');
  });
});

describe('the agency a speaker talks to is no speaker', () => {
  const english = (name: string, marker: string) => `The director told ${name} (${marker}) on Sunday that the harvest doubled.`;
  const arabic = (name: string, marker: string) => `وأكد مدير الإدارة ل${name} (${marker}) اليوم أن المحصول تضاعف.`;

  it.each(agencyMarkers.map((entry) => [entry.agency, entry] as const))('%s: told by its full name and marker, in English and in Arabic', (_, { names, markers }) => {
    const [arName, enName] = [names.find(isArabicScript) as string, names.find((n) => !isArabicScript(n)) as string];
    const [arMarker, enMarker] = [markers.find(isArabicScript) as string, markers.find((m) => !isArabicScript(m)) as string];
    expect(findSpeaker([english(enName, enMarker)], 0)).toBeNull();
    expect(findSpeaker([`The director told ${enMarker} on Sunday that the harvest doubled.`], 0)).toBeNull();
    expect(findSpeaker([arabic(arName, arMarker)], 0)).toBeNull();
    expect(findSpeaker([`وأكد مدير الإدارة لـ(${arMarker}) اليوم أن المحصول تضاعف.`], 0)).toBeNull();
  });

  it('still hands a sentence to an agency that reports it', () => {
    expect(findSpeaker(['Kuwait News Agency (KUNA) reported that the harvest doubled.'], 0)).toBe('kuna');
    expect(findSpeaker(['وذكرت وكالة أنباء الإمارات (وام) أن المحصول تضاعف.'], 0)).toBe('wam');
  });
});
