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

describe('htmlToText: every named entity', () => {
  it('decodes typographic and accented entities, in markup and in text without tags', () => {
    expect(htmlToText('<p>Kuwait&rsquo;s minister said &hellip; &mdash; at the caf&eacute;</p>')).toBe('Kuwait’s minister said … — at the café');
    expect(htmlToText('the Amir&rsquo;s visit &ndash; day two')).toBe('the Amir’s visit – day two');
  });

  it('leaves an ampersand that is not an entity as it is', () => {
    expect(htmlToText('<p>R&D &copy 2026 &unknown; AT&T</p>')).toBe('R&D &copy 2026 &unknown; AT&T');
  });
});
