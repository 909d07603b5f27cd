import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../src/dispatch/dispatch-types.js';
import { matchAlerts } from '../../src/digest/match-alerts.js';
import type { Subscriber } from '../../src/store/subscriber-store.js';

const dispatch = (id: string, storyId: string, lang: Dispatch['lang'], headline: string, lead: string, urgent = false): Dispatch => ({
  id, storyId, lang, headline, urgent, agency: 'KUNA', date: '2026-02-04', dateline: null, headlineDerived: false,
  paragraphs: [lead], repeats: [], endMarker: true, editors: null, raw: lead, source: 'test', sourceIndex: 0, ingestedAt: '2026-02-04T10:00:00Z',
});
const follower = (chatId: number, topics: string[], quiet: Partial<Subscriber> = {}): Subscriber => ({
  chatId, chatType: 'private', lang: 'en', timeZone: 'Asia/Kuwait', digestTime: '07:00', digestEnabled: true, digestFrequency: 'morning', quietStart: null, quietEnd: null,
  paused: false, blocked: false, lastDigestAt: null, topics, createdAt: '', updatedAt: '', ...quiet,
});

const summit = dispatch('a1', 'story-brics', 'ar', 'قمة بريكس', 'أكد الرئيس الروسي أن مجموعة بريكس ستعقد قمتها في الصيف.');
const summitUpdate = dispatch('a2', 'story-brics', 'en', 'BRICS summit update', 'BRICS leaders will meet in the summer, the Kremlin said.');
const flash = dispatch('f1', 'story-oil', 'en', 'URGENT -- Oil prices jump', 'Oil prices jumped after the OPEC meeting.', true);
const council = dispatch('c1', 'story-council', 'en', 'Council meets', 'The security forces and the council of ministers met on Monday.');
const now = new Date('2026-02-04T12:00:00Z'); // 15:00 in Kuwait

describe('matchAlerts', () => {
  it('matches a followed name in the other language, once per subscriber and story, flashes first', () => {
    const matches = matchAlerts([summit, summitUpdate, flash], [follower(1, ['BRICS', 'oil']), follower(2, ['بريكس'])], now);
    expect(matches.map((m) => [m.subscriber.chatId, m.dispatch.id, m.topic])).toEqual([
      [1, 'f1', 'oil'],
      [1, 'a1', 'BRICS'],
      [2, 'a1', 'بريكس'],
    ]);
  });

  it('never alerts on an item of "Today in Kuwait\'s history"; archive copy and this week\'s copy alert as before', () => {
    const history = { ...dispatch('h1', 'story-h', 'en', 'Kuwait oil tanker came under attack', 'A Kuwaiti oil tanker came under rocket attack.'), date: '1984-02-04', raw: '1984 -- A Kuwaiti oil tanker came under rocket attack.' };
    const archive = { ...dispatch('o1', 'story-o', 'en', 'Oil output', 'Oil output rose, the ministry said.'), date: '2024-01-02', raw: 'KUWAIT, Jan 2 (KUNA) -- Oil output rose, the ministry said.(end)' };
    const recent = { ...dispatch('o2', 'story-p', 'en', 'Oil output', 'Oil output rose again.'), date: '2026-02-03', raw: '2026 -- a list item of this week.' };
    const matches = matchAlerts([history, archive, recent], [follower(1, ['oil'])], now);
    expect(matches.map((m) => m.dispatch.id)).toEqual(['o1', 'o2']);
  });

  it('matches a phrase only as a phrase, and never on a topic of stop words', () => {
    const topics = (t: string) => matchAlerts([council], [follower(1, [t])], now).length;
    expect(topics('council of ministers')).toBe(1);
    expect(topics('Security Council')).toBe(0);
    expect(topics('the')).toBe(0);
  });

  it('finds an Arabic topic with a bare proclitic glued to it in the dispatch, and not a word that merely starts alike', () => {
    const market = dispatch('m1', 'story-m', 'ar', 'ارتفاع المؤشر العام', 'ارتفع المؤشر العام لبورصة الكويت في ختام تعاملات اليوم.');
    const handball = dispatch('h1', 'story-h', 'ar', 'فوز المنتخب', 'فاز منتخب الكويت لكرة اليد على منتخب إيران.');
    const lebanon = dispatch('l1', 'story-l', 'ar', 'زيارة رسمية', 'وصل وزير الخارجية إلى لبنان في زيارة رسمية.');
    const topics = (d: Dispatch, t: string) => matchAlerts([d], [follower(1, [t])], now).length;
    expect(topics(market, 'البورصة')).toBe(1);
    expect(topics(market, 'Boursa')).toBe(1);
    expect(topics(handball, 'كرة اليد')).toBe(1);
    expect(topics(lebanon, 'نان')).toBe(0);
  });

  it('holds an alert until the subscriber’s quiet hours end, and skips paused and blocked chats', () => {
    const night = new Date('2026-02-04T20:30:00Z'); // 23:30 in Kuwait
    const [held] = matchAlerts([flash], [follower(1, ['oil'], { quietStart: '22:00', quietEnd: '07:00' })], night);
    expect(held?.notBefore.toISOString()).toBe('2026-02-05T04:00:00.000Z');
    const [awake] = matchAlerts([flash], [follower(1, ['oil'], { timeZone: 'America/New_York', quietStart: '22:00', quietEnd: '07:00' })], night);
    expect(awake?.notBefore).toEqual(night);
    expect(matchAlerts([flash], [follower(1, ['oil'], { paused: true }), follower(2, ['oil'], { blocked: true })], now)).toEqual([]);
  });
});
