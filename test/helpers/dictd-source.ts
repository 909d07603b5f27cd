import type { DictdSource } from '../../src/text/bilingual-dictionary.js';
import type { DictdIndexEntry } from '../../src/text/parse-dictd.js';

/** A dictd dictionary of articles, as the adapter reads one: an index of byte offsets into UTF-8 text. */
export function dictdSource(articles: ReadonlyArray<[string, string]>): DictdSource {
  const encoder = new TextEncoder();
  const index: DictdIndexEntry[] = [];
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const [headword, article] of articles) {
    const bytes = encoder.encode(article);
    index.push({ headword, offset, length: bytes.length });
    parts.push(bytes);
    offset += bytes.length;
  }
  const text = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    text.set(part, at);
    at += part.length;
  }
  return { index, text };
}
