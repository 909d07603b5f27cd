import { describe, expect, it } from 'vitest';
import { asksWinner, missesWinnerAsked, tellsWinning } from '../../src/answer/misses-winner-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';

// Sentences written for this test.
describe('near misses: a winner asked of a story that tells no result', () => {
  it('reads a winner or a place asked, not another question about the contest', () => {
    expect(asksWinner('who won the padel final?')).toBe(true);
    expect(asksWinner('which club won the rowing regatta?')).toBe(true);
    expect(asksWinner('who came second in the chess open?')).toBe(true);
    expect(asksWinner('who did Qadsia beat in the semi-final?')).toBe(true);
    expect(asksWinner('منو فاز ببطولة الشطرنج؟')).toBe(true);
    expect(asksWinner('أي فريق فاز بالدوري؟')).toBe(true);
    expect(asksWinner('how much does the padel winner get?')).toBe(false);
    expect(asksWinner('where is the chess open held?')).toBe(false);
    expect(asksWinner('منو نظم بطولة الشطرنج؟')).toBe(false);
  });

  it('tells a result by a past verb of winning, not a preview of one', () => {
    expect(tellsWinning('Qadsia beat Salmiya 3-1 in the padel final on Friday.')).toBe(true);
    expect(tellsWinning('Kuwait win bronze at Gulf rowing championship')).toBe(true);
    expect(tellsWinning('Ahmad Al-Enezi came second, two points behind.')).toBe(true);
    expect(tellsWinning('Twelve teams hope to win the title, which will be decided on Friday.')).toBe(false);
    expect(tellsWinning('فاز نادي الكويت اليوم ببطولة الشطرنج.')).toBe(true);
    expect(tellsWinning('وحل اللاعب سالم العنزي ثانيا في الترتيب العام.')).toBe(true);
    expect(tellsWinning('The chess open began on Sunday with 64 players, and the winner will receive KD 1,000.')).toBe(false);
    expect(tellsWinning('وقال رئيس اللجنة إن الفائز بالمركز الأول سيمثل الكويت في بطولة آسيا، وإن النهائي يقام الخميس.')).toBe(false);
    expect(tellsWinning('وقال الوزير إن الحكومة تعمل على حل مشكلة الازدحام.')).toBe(false);
  });

  it('reads the winner named with a past "be", and the asking word after the winner or the win', () => {
    expect(tellsWinning('Organiser Ali Saleh told KUNA the winner was Fahad Ahmad, 17.')).toBe(true);
    expect(tellsWinning('Fahad Ahmad was the overall winner after three rounds.')).toBe(true);
    expect(tellsWinning('وقال المنظم إن الفائز كان فهد أحمد.')).toBe(true);
    expect(tellsWinning('وكان الفائز بالمركز الأول فهد أحمد.')).toBe(true);
    expect(tellsWinning('The organisers said the winner will be announced on Friday.')).toBe(false);
    expect(asksWinner('the winner of the padel final was who?')).toBe(true);
    expect(asksWinner('tell me who the winner was')).toBe(true);
    expect(asksWinner('الفائز ببطولة الشطرنج كان منو؟')).toBe(true);
    expect(asksWinner('الجائزة فاز بها منو؟')).toBe(true);
    expect(asksWinner('الفائز ببطولة الشطرنج شنو جائزته؟')).toBe(false);
  });

  it('misses where neither the dispatch nor its other version tells a result', () => {
    expect(missesWinnerAsked(['A padel tournament opened on Sunday with 32 pairs.', 'The final will be played on Friday.'])).toBe(true);
    expect(missesWinnerAsked(['A padel tournament opened on Sunday with 32 pairs.', 'فاز الثنائي الكويتي بالمباراة الافتتاحية.'])).toBe(false);
  });

  it('is one of the near-miss checks, read on the whole dispatch and its other version', () => {
    const asked = nearMissQuestion('who won the padel final?');
    const lead = 'Kuwait’s first padel tournament opened on Sunday with 32 pairs, the organisers said.';
    expect(nearMissOf(asked)(toldStory([lead, 'Organiser Ali Saleh told KUNA the final would be played on Friday.']))).toBe(true);
    expect(nearMissOf(asked)(toldStory([lead, 'Ali Saleh and Fahad Ahmad won the final on Friday.']))).toBe(false);
    expect(nearMissOf(asked)({ ...toldStory([lead]), parallel: 'وتوج الثنائي علي صالح وفهد أحمد بلقب البطولة.' })).toBe(false);
    expect(nearMissOf(nearMissQuestion('how many pairs took part in the padel tournament?'))(toldStory([lead]))).toBe(false);
  });
});
