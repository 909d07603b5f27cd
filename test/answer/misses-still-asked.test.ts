import { describe, expect, it } from 'vitest';
import { asksStill, asksUpToNow, tellsStill } from '../../src/answer/misses-still-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';


describe('near misses: a current state asked, a story telling nothing of now', () => {
  it('reads "still" asked in both languages and the Gulf forms', () => {
    expect(asksStill('how many children are still in hospital?')).toBe(true);
    expect(asksStill('كم طفلا ما زال في المستشفى؟')).toBe(true);
    expect(asksStill('كم واحد لا يزالون في العناية؟')).toBe(true);
    expect(asksStill('كم مريض للحين على قائمة الانتظار؟')).toBe(true);
    expect(asksStill('كم مريض دخل المستشفى؟')).toBe(false);
  });

  it('reads a count up to now asked in both languages and the Gulf forms', () => {
    expect(asksStill('How many patients has the Jahra unit treated so far?')).toBe(true);
    expect(asksStill('how many abandoned cars have been towed to date?')).toBe(true);
    expect(asksStill('كم مريض عالجوا لين الحين؟')).toBe(true);
    expect(asksStill('كم تظلم وصل الجامعة لغاية الآن؟')).toBe(true);
    expect(asksStill('كم درون مسجل لحد الحين؟')).toBe(true);
    expect(asksStill('How many patients can the unit treat a day?')).toBe(false);
    expect(asksStill('كم مريض يعالجون في اليوم؟')).toBe(false);
  });

  it('takes "still", "remain", "currently" and their Arabic for a current state told', () => {
    expect(tellsStill(['2,600 shops were still cash-only in the last survey.'])).toBe(true);
    expect(tellsStill(['وقال إن ثلاثة أطفال ما زالوا في العناية المركزة.'])).toBe(true);
    expect(tellsStill(['وتبقى الإعفاءات سارية حتى تاريخ انتهائها.'])).toBe(true);
    expect(tellsStill(['وقالت إن 14 طفلا أدخلوا المستشفى.'])).toBe(false);
    expect(tellsStill(['وقال إن الفرق أزالت 80 في المئة من البقعة حتى الآن.'])).toBe(true);
  });

  it('takes a count done in a span since the start ("applied in two days") for a count up to now, not a span to come', () => {
    expect(tellsStill(['The commission said 2,100 employees had applied in two days.'], true)).toBe(true);
    expect(tellsStill(['Some 300 boats registered within a week, the ministry said.'], true)).toBe(true);
    expect(tellsStill(['The commission said 2,100 employees had applied in two days.'], false)).toBe(false);
    expect(tellsStill(['The portal will be opened in two weeks.'], true)).toBe(false);
    expect(tellsStill(['The results are expected within two weeks.'], true)).toBe(false);
  });

  it('is one of the near-miss checks, for a count asked', () => {
    const admitted = ['عالج المركز 96 طفلا خلال شهر يوليو.', 'وقالت إن 14 طفلا منهم أدخلوا المستشفى.'];
    expect(nearMissOf(nearMissQuestion('كم طفلا ما زال في المستشفى؟'))(toldStory(admitted))).toBe(true);
    expect(nearMissOf(nearMissQuestion('كم طفلا ما زال في المستشفى؟'))(toldStory(['وقالت إن 14 طفلا ما زالوا في المستشفى.', ...admitted]))).toBe(false);
    expect(nearMissOf(nearMissQuestion('كم طفلا دخل المستشفى؟'))(toldStory(admitted))).toBe(false);
    const opened = ['Jahra Hospital opened a lithotripsy unit on Thursday.', 'The unit could treat 30 patients a day.'];
    expect(nearMissOf(nearMissQuestion('How many patients has the unit treated so far?'))(toldStory(opened))).toBe(true);
    // "still on" the report the asker follows up asks nothing still so
    const treated = ['Jahra Hospital said its lithotripsy unit had treated 40 patients in July.'];
    expect(nearMissOf(nearMissQuestion('still on yesterdays dispatch: how many patients did the unit treat?'))(toldStory(treated))).toBe(false);
    expect(nearMissOf(nearMissQuestion('how many patients is the unit still treating?'))(toldStory(treated))).toBe(true);
    expect(nearMissOf(nearMissQuestion('How many patients has the unit treated so far?'))(toldStory(['It has treated 120 patients so far.', ...opened]))).toBe(false);
  });
});

describe('near misses: a count up to now asked, a running total told', () => {
  it('reads a count up to now apart from "still"', () => {
    expect(asksUpToNow('how many abandoned cars have been towed so far?')).toBe(true);
    expect(asksUpToNow('كم تظلم وصل الجامعة لين الحين؟')).toBe(true);
    expect(asksUpToNow('how many children are still in hospital?')).toBe(false);
  });

  it('takes a total raised to a figure for a count up to now, and only for it', () => {
    const raised = ['Kuwait Municipality said it had towed 325 more abandoned cars since Monday, raising the total in its campaign to 735.'];
    expect(tellsStill(raised, true)).toBe(true);
    expect(tellsStill(raised)).toBe(false);
    expect(tellsStill(['وقالت البلدية إنها رفعت 325 سيارة أخرى ليرتفع عدد السيارات المرفوعة إلى 735.'], true)).toBe(true);
    expect(tellsStill(['The club said prize money for the season totalled KD 1 million.'], true)).toBe(false);
  });

  it('keeps a story that raises the total when a count up to now is asked, not when a current state is', () => {
    const story = ['Kuwait Municipality said it had towed 325 more abandoned cars since Monday, raising the total in its campaign to 735.'];
    expect(nearMissOf(nearMissQuestion('how many abandoned cars have been towed so far?'))(toldStory(story))).toBe(false);
    expect(nearMissOf(nearMissQuestion('how many abandoned cars are still on the streets?'))(toldStory(story))).toBe(true);
  });
});

describe('near misses: a count up to now asked, a count since the start told', () => {
  it('takes a count from a thing\'s start to the report for a count up to now, and only for it', () => {
    expect(tellsStill(['It is the fourth such convoy since the start of the year, the society said.'], true)).toBe(true);
    expect(tellsStill(['The new centre said it had vaccinated 900 children in its first week.'], true)).toBe(true);
    expect(tellsStill(['Volunteers collected 3.1 tonnes of litter on the first day of the drive.'], true)).toBe(true);
    expect(tellsStill(['وقالت الوزارة إن عدد البلاغات ارتفع إلى 52 بلاغا منذ يوم الاثنين.'], true)).toBe(true);
    expect(tellsStill(['وقال إن المنصة استقبلت 740 طلبا في أسبوعها الأول.'], true)).toBe(true);
    expect(tellsStill(['The new centre said it had vaccinated 900 children in its first week.'])).toBe(false);
  });

  it('still declines a capacity, a count of days past or a date for a count up to now', () => {
    expect(tellsStill(['The clinic can see 45 patients a day, its director said.'], true)).toBe(false);
    expect(tellsStill(['وقالت إن المفتشين زاروا 900 محل خلال الأيام الخمسة الماضية.'], true)).toBe(false);
    expect(tellsStill(['وتبدأ الحملات في الأول من نوفمبر.'], true)).toBe(false);
  });

  it('keeps the story whose update counts since the start when a count so far is asked', () => {
    const update = ['UPDATE: 900 children vaccinated in first week at new centre', 'The new centre said it had vaccinated 900 children in its first week.'];
    expect(nearMissOf(nearMissQuestion('how many children has the new centre vaccinated so far?'))(toldStory(update))).toBe(false);
    expect(nearMissOf(nearMissQuestion('how many children are still waiting for the vaccine?'))(toldStory(update))).toBe(true);
  });
});
