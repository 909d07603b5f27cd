import { describe, expect, it } from 'vitest';
import { ARABIC_SPEECH_VERBS, feminineOf } from '../../src/answer/speech-verbs.js';

describe('feminineOf', () => {
  it('adds ت to a stem and lets a final alif give way to it', () => {
    expect(feminineOf('قال')).toBe('قالت');
    expect(feminineOf('اعلن')).toBe('اعلنت');
    expect(feminineOf('دعا')).toBe('دعت');
  });

  it('gives every listed stem a feminine form the wire writes (no stem is listed twice)', () => {
    expect(new Set(ARABIC_SPEECH_VERBS).size).toBe(ARABIC_SPEECH_VERBS.length);
    expect(ARABIC_SPEECH_VERBS.map(feminineOf)).toContain('اكدت');
  });
});
