import { type ParseContext, type ParseResult, parseDispatch } from './parse-dispatch.js';
import { splitWireText } from './split-wire-text.js';

/** Splits a wire text into dispatches and parses each; `index` is the position in the text. */
export function parseWireText(text: string, ctx: ParseContext): Array<{ raw: string; index: number; result: ParseResult }> {
  if (text.trim() === '') return [];
  return splitWireText(text).map((chunk, index) => ({ raw: chunk.raw, index, result: parseDispatch(chunk.raw, ctx) }));
}
