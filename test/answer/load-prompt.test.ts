import { describe, expect, it } from 'vitest';
import { renderPrompt } from '../../src/answer/load-prompt.js';

describe('renderPrompt', () => {
  it('fills every placeholder of the shipped prompts', () => {
    const user = renderPrompt('answer.user.md', { passages: '[1] (KUNA) text', question: 'Q?', language: 'English' });
    expect(user).toContain('[1] (KUNA) text');
    expect(user).not.toMatch(/\{\{|\}\}/);
    expect(renderPrompt('answer.system.md', { language: 'Arabic' })).toContain('Arabic');
    expect(renderPrompt('query-rewrite.md', { question: 'ماذا قال بوتين' })).toContain('ماذا قال بوتين');
  });

  it('refuses a missing or an unused value, naming the prompt and the key', () => {
    expect(() => renderPrompt('answer.system.md', {})).toThrow(/answer\.system\.md: missing language/);
    expect(() => renderPrompt('answer.system.md', { language: 'English', extra: 'x' })).toThrow(/unused extra/);
  });
});
