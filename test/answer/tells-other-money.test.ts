import { describe, expect, it } from 'vitest';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { moneyKindAsked, tellsOtherMoney } from '../../src/answer/tells-other-money.js';

const namesNothing = () => false;

describe('near misses: one kind of money asked, a passage telling only another', () => {
  it('reads the kind of money asked: what one pays, wins or is fined; none where it names none or several', () => {
    expect(moneyKindAsked('how much does a kite cost at the festival?')).toBe('paid');
    expect(moneyKindAsked('بكم علبة العصير؟')).toBe('paid');
    expect(moneyKindAsked('كم جائزة البطل؟')).toBe('won');
    expect(moneyKindAsked("what's the fine for flying a drone there?")).toBe('fined');
    expect(moneyKindAsked('how much money did the campaign raise?')).toBeUndefined();
    expect(moneyKindAsked('is the fine bigger than the fee?')).toBeUndefined();
  });

  it('tells another kind where every amount is of it, not where an amount names no kind or the kind asked', () => {
    expect(tellsOtherMoney('paid', 'The organiser said a contest for the best kite would award KD 500 on the last night.', namesNothing)).toBe(true);
    expect(tellsOtherMoney('paid', 'وقال إن غرامة البيع للأطفال تصل إلى 500 دينار.', namesNothing)).toBe(true);
    expect(tellsOtherMoney('paid', 'He said kites cost KD 3 and that a contest would award KD 500.', namesNothing)).toBe(false);
    expect(tellsOtherMoney('won', 'He said the winner would receive KD 500.', namesNothing)).toBe(false);
    expect(tellsOtherMoney('paid', 'The festival opened with 40 kite makers.', namesNothing)).toBe(false);
  });

  it('reads a thing asked told free as its price', () => {
    const text = 'The organiser told KUNA entry was free and that a contest for the best kite would award KD 500.';
    expect(tellsOtherMoney('paid', text, (clause) => /entry/.test(clause))).toBe(false);
    expect(tellsOtherMoney('paid', text, (clause) => /kite/.test(clause) && !/entry/.test(clause))).toBe(true);
  });

  it('makes a near miss of a passage whose only amount is a prize, asked what a thing costs', () => {
    const concepts = { list: [{ group: [['kite']], documents: 2, critical: true }], total: 10, missing: [], instances: [], money: true } as never;
    const asked = { question: 'how much does a kite cost at the festival?', type: 'number' as const, concepts };
    const passage = (text: string) => ({ text, told: [text], parallel: '', around: [text] });
    expect(nearMissOf(asked)(passage('The organiser told KUNA a contest for the best kite would award KD 500.'))).toBe(true);
    expect(nearMissOf(asked)(passage('The organiser told KUNA a kite cost KD 3.'))).toBe(false);
  });
});
