import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/sources/html-to-text.js';

describe('htmlToText', () => {
  it('keeps paragraphs as lines and drops tags, scripts and comments', () => {
    const html = '<p>الكويت - 5 - 2 (كونا) -- ارتفع <b>سعر</b> النفط</p>\n<p>وفي الأسواق&nbsp;العالمية</p><script>x()</script><!-- ad --><div>(النهاية)<br/>م ع ح</div>';
    expect(htmlToText(html)).toBe('الكويت - 5 - 2 (كونا) -- ارتفع سعر النفط\nوفي الأسواق العالمية\n(النهاية)\nم ع ح');
  });

  it('decodes entities, numeric ones included', () => {
    expect(htmlToText('<p>AT&amp;T &#8212; &#x41;&lt;b&gt; &quot;ok&quot;</p>')).toBe('AT&T — A<b> "ok"');
  });

  it('leaves plain text without tags as it was, line by line', () => {
    expect(htmlToText('Date : 04/02/2026\r\n  BEIJING, Feb 4 (KUNA) -- text & more\n\n(end)')).toBe(
      'Date : 04/02/2026\nBEIJING, Feb 4 (KUNA) -- text & more\n(end)',
    );
  });
});

describe('htmlToText: article pages', () => {
  it('reduces a whole page to its headline and article body, without navigation, captions, side bars or footer', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const page = readFileSync(fileURLToPath(new URL('../fixtures/wire/real-forms/kuna-en-article.html', import.meta.url)), 'utf8');
    expect(htmlToText(page).split('\n')).toEqual([
      'Kuwait port authority opens second grain terminal',
      "KUWAIT, Oct 29 (KUNA) -- Kuwait Ports Authority opened a second grain terminal at Shuwaikh Port on Wednesday, doubling the port's storage for wheat and barley.",
      "The terminal can hold 120,000 tonnes and unload two ships at once, the authority's director general told reporters at the opening.",
      'He said the project was finished four months ahead of schedule. (end)',
      'km.mt',
    ]);
  });

  it('drops photos with their captions and side bars from a feed item’s HTML too', () => {
    const item = '<figure><img src="a.jpg"><figcaption>Workers at the terminal</figcaption></figure><p>KUWAIT, Oct 29 (KUNA) -- The terminal opened.</p><aside>Most read</aside>';
    expect(htmlToText(item)).toBe('KUWAIT, Oct 29 (KUNA) -- The terminal opened.');
  });
});
