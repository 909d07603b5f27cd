import { describe, expect, it } from 'vitest';
import { findSpeaker } from '../../src/answer/find-speaker.js';
import { namesTitledArabicSpeaker } from '../../src/answer/names-arabic-person.js';

// Our own sentences: a branch manager speaking to the agency that files the copy, KUNA or another listed one.
describe('the agency a speaker addresses, whichever listed agency files the copy', () => {
  it.each(['ل(كونا)', 'ل(وام)', 'لـ(واس)', 'لوام', 'لقنا'])('reads a post and a name before `%s` as a titled speaker, and a post alone as none', (addressed) => {
    expect(namesTitledArabicSpeaker(`وقال مدير الفرع سالم الفلاني ${addressed}`)).toBe(true);
    expect(namesTitledArabicSpeaker(`وقال مدير الفرع ${addressed}`)).toBe(false);
  });

  it.each([
    'وقال مدير الفرع سالم الفلاني ل(وام) إن القافلة تضم 20 شاحنة.',
    'وقال مدير الفرع سالم الفلاني لواس إن القافلة تضم 20 شاحنة.',
  ])('takes the agency spoken to for no speaker, and the person who told it for one: "%s"', (sentence) => {
    expect(findSpeaker([sentence], 0)).toBe('unlisted:سالم الفلاني');
  });

  it.each(['The branch manager told WAM the convoy carried 20 trucks.', 'The branch manager told QNA the convoy carried 20 trucks.'])(
    'takes the agency spoken to for no speaker: "%s"',
    (sentence) => {
      expect(findSpeaker([sentence], 0)).toBeNull();
    },
  );
});
