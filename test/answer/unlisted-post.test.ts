import { describe, expect, it } from 'vitest';
import { askedUnlistedPost, holdsFiller } from '../../src/answer/names-doer.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-03-12T08:00:00Z');

// A training ship back in port, its skipper named by a post no list of titles holds (`الربان`). Written for this test.
const WIRE = `التاريخ : 11/03/2026
سفينة التدريب تعود إلى ميناء الشويخ
الكويت - 11 - 3 (كونا) -- عادت سفينة التدريب البحري اليوم الأربعاء إلى ميناء الشويخ بعد رحلة استمرت تسعة أيام في مياه الخليج.
وقال الربان الذي قاد السفينة سالم العتيبي ل(كونا) إن الطلبة تدربوا على الملاحة الليلية خلال الرحلة.(النهاية)
ع م / س ر
`;
const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('who holds a post no list holds: the post asked is the speaker’s title', () => {
  it('reads the post an Arabic "who" question asks, only when no list of titles holds it', () => {
    expect(askedUnlistedPost('مين الربان اللي قاد السفينة؟')).toBe('ربان');
    expect(askedUnlistedPost('من هو الربان؟')).toBe('ربان');
    expect(askedUnlistedPost('منو رئيس النادي؟')).toBeUndefined();
    expect(askedUnlistedPost('مين اللي قاد السفينة؟')).toBeUndefined();
    expect(askedUnlistedPost('Who is the skipper of the training ship?')).toBeUndefined();
  });

  it('takes a speaker given by the asked post and a name for its holder, not the post alone or another post', () => {
    const told = 'وقال الربان الذي قاد السفينة سالم العتيبي ل(كونا) إن الرحلة انتهت.';
    expect(holdsFiller(told, 'person', { post: 'ربان' })).toBe(true);
    expect(holdsFiller(told, 'person', 'holder')).toBe(false);
    expect(holdsFiller('وقال الربان ل(كونا) إن الرحلة انتهت.', 'person', { post: 'ربان' })).toBe(false);
    expect(holdsFiller(told, 'person', { post: 'بحار' })).toBe(false);
  });

  it('answers who the skipper was with the speaker the wire quotes', async () => {
    const answer = await ask('مين الربان اللي قاد سفينة التدريب؟');
    expect(answer.frame).toEqual({ kind: 'quoted' });
    expect(answer.citations.map((c) => c.quote).join(' ')).toMatch(/سالم العتيبي/);
  });

  it('leaves an English post as it was: the capitalised name after a lower-case title answers', () => {
    expect(holdsFiller('Training ship skipper Salem Al-Otaibi told KUNA the voyage was over.', 'person', 'holder')).toBe(true);
  });
});

// A summer circus in Arabic, its organiser named by a post no list of titles holds, in construct (`منظمة العروض`). Written for this test.
const CIRCUS = `التاريخ : 11/03/2026
انطلاق عروض السيرك الصيفي في السالمية
الكويت - 11 - 3 (كونا) -- انطلقت مساء اليوم الأربعاء عروض السيرك الصيفي في خيمة مكيفة بمنطقة السالمية.
وقالت منظمة العروض فاطمة الدعيج ل(كونا) إن السيرك يقدم عرضين يوميا حتى نهاية الشهر.(النهاية)
ع م / س ر
`;

describe('who holds a post asked in construct, without the article (منو منظمة السيرك)', () => {
  it('reads a noun of the doer’s shape before a definite noun as the post asked, not a verb nor a listed title', () => {
    expect(askedUnlistedPost('منو منظمة السيرك؟')).toBe('منظمه');
    expect(askedUnlistedPost('مين مصور الفيلم؟')).toBe('مصور');
    expect(askedUnlistedPost('مين فاز البطولة؟')).toBeUndefined();
    expect(askedUnlistedPost('منو مدير الإدارة؟')).toBeUndefined();
    expect(askedUnlistedPost('منو منظمة؟')).toBeUndefined();
  });

  it('answers who organises the circus with the speaker the wire names by that post', async () => {
    const answer = await askOnWire(tempDir(), CIRCUS, 'منو منظمة السيرك؟', now);
    expect(answer.frame).toEqual({ kind: 'quoted' });
    expect(answer.citations.map((c) => c.quote).join(' ')).toMatch(/فاطمة الدعيج/);
  });
});
