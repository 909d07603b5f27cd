import { describe, expect, it } from 'vitest';
import { isolateForeignRuns } from '../../src/telegram/isolate-foreign-runs.js';

/** Isolates shown as ⟨ ⟩ so the expectations are readable. */
const show = (text: string) => text.replaceAll('\u2068', '⟨').replaceAll('\u2069', '⟩');

describe('isolateForeignRuns', () => {
  it('isolates an Arabic quote in English text with its full stop, leaving brackets and dates outside', () => {
    const text = 'Putin (KUNA, بكين, 2026-02-04): «وأعرب عن تعزيز التنسيق في (بريكس) في العام الجديد.»';
    expect(show(isolateForeignRuns(text, 'en'))).toBe('Putin (KUNA, ⟨بكين⟩, 2026-02-04): «⟨وأعرب عن تعزيز التنسيق في (بريكس) في العام الجديد.⟩»');
  });

  it('isolates Latin names, acronyms and ids in Arabic text, not the digits', () => {
    const text = 'قال Vladimir Putin إن BRICS وSCO (2026-02-04) kuna-20260204-992eb3eaf2fd';
    expect(show(isolateForeignRuns(text, 'ar'))).toBe('قال ⟨Vladimir Putin⟩ إن ⟨BRICS⟩ و⟨SCO⟩ (2026-02-04) ⟨kuna-20260204-992eb3eaf2fd⟩');
  });

  it('leaves text of one script unchanged', () => {
    expect(isolateForeignRuns('Oil rose 2% on Monday.', 'en')).toBe('Oil rose 2% on Monday.');
    expect(isolateForeignRuns('ارتفع النفط 2 في المئة.', 'ar')).toBe('ارتفع النفط 2 في المئة.');
  });
});
