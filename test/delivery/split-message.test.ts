import { describe, expect, it } from 'vitest';
import { splitMessage, TELEGRAM_TEXT_LIMIT } from '../../src/delivery/split-message.js';

/** Telegram's HTML escaping, spelled out here so the test needs nothing from telegram/. */
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Whether every tag a part opens it also closes, in order (what Telegram's HTML parser demands). */
function balanced(part: string): boolean {
  const stack: string[] = [];
  for (const [tag, name] of part.matchAll(/<\/?([a-z-]+)[^>]*>/g)) {
    if (!tag.startsWith('</')) stack.push(name as string);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

const plain = (html: string) => html.replace(/<[^>]*>/g, '');
const words = (html: string) => plain(html).split(/\s+/).filter(Boolean);

describe('splitMessage', () => {
  it('leaves a message under the limit alone', () => {
    expect(splitMessage('<b>Hi</b>\n\nthere')).toEqual(['<b>Hi</b>\n\nthere']);
  });

  it('cuts between paragraphs, each part under 4096 UTF-16 units, nothing lost', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `${i + 1}. <b>${'البرقية '.repeat(20)}</b>\n${escapeHtml('Kuwait & GCC <news> ').repeat(5)}`);
    const html = paragraphs.join('\n\n');
    const parts = splitMessage(html);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(balanced(part)).toBe(true);
      expect(part).toMatch(/^\d+\. <b>/);
    }
    expect(parts.join('\n\n')).toBe(html);
  });

  it('splits a paragraph longer than the limit at words, closing and reopening its tag', () => {
    const html = `Intro\n\n<b>${Array.from({ length: 600 }, (_, i) => `w${i}`).join(' ')}</b>`;
    const parts = splitMessage(html, 1000);
    expect(parts[0]).toBe('Intro');
    for (const part of parts.slice(1)) {
      expect(part.length).toBeLessThanOrEqual(1000);
      expect(part.startsWith('<b>') && part.endsWith('</b>')).toBe(true);
    }
    expect(parts.flatMap(words)).toEqual(words(html));
  });

  it('reopens nested tags with their attributes, and counts them against the limit', () => {
    const href = `https://example.com/${'x'.repeat(200)}`;
    const html = `<a href="${href}"><i>${'word '.repeat(2000)}</i></a>`;
    const parts = splitMessage(html, 1000);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(1000);
      expect(part.startsWith(`<a href="${href}"><i>`)).toBe(true);
      expect(part.endsWith('</i></a>')).toBe(true);
    }
    expect(parts.flatMap(words)).toEqual(words(html));
  });

  it('never cuts inside a tag, an entity or a surrogate pair, even with no spaces at all', () => {
    const html = `${'&amp;'.repeat(500)}${'😀'.repeat(700)}${'<i>x</i>'.repeat(300)}`;
    const parts = splitMessage(html, 700);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(700);
      expect(part).not.toMatch(/&[a-z#0-9]*$|^[a-z#0-9]*;/);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
      expect(part).not.toMatch(/<[^>]*$|^[^<]*>/);
      expect(balanced(part)).toBe(true);
    }
    expect(parts.join('')).toBe(html);
  });

  it('keeps a long <pre> dispatch verbatim across parts, each part its own <pre>', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `الفقرة ${i} (كونا) -- ${escapeHtml('a < b & c')}`);
    const html = `<pre>${lines.join('\n')}</pre>`;
    const parts = splitMessage(html);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.startsWith('<pre>') && part.endsWith('</pre>')).toBe(true);
      expect(part.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    }
    expect(parts.map((part) => part.slice(5, -6)).join('\n')).toBe(lines.join('\n'));
  });

  it('drops parts that would show no text (Telegram refuses an empty message)', () => {
    const html = `${'a'.repeat(90)}\n\n\n\n\n\n${'b'.repeat(90)}`;
    const parts = splitMessage(html, 100);
    expect(parts.every((part) => part.trim().length > 0)).toBe(true);
    expect(parts.join('').replace(/\s/g, '')).toBe(`${'a'.repeat(90)}${'b'.repeat(90)}`);
  });
});
