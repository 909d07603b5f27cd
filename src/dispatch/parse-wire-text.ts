import type { ParseContext, ParseResult } from './parse-dispatch.js';
import { parseWireChunk } from './parse-wire-chunk.js';
import { splitWireText } from './split-wire-text.js';

/**
 * Splits a wire text into dispatches and parses each; `index` is the dispatch's position in the
 * text (a briefing's or a history feature's items each count as one).
 */
export function parseWireText(text: string, ctx: ParseContext): Array<{ raw: string; index: number; result: ParseResult }> {
  if (text.trim() === '') return [];
  const parsed: Array<{ raw: string; index: number; result: ParseResult }> = [];
  for (const chunk of splitWireText(text)) {
    for (const { raw, result } of parseWireChunk(chunk.raw, ctx)) parsed.push({ raw, index: parsed.length, result });
  }
  return parsed;
}
