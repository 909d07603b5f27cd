import { UNKNOWN_AGENCY, type ParseContext, type ParseResult } from './parse-dispatch.js';
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
  return withNeighbourAgency(parsed, ctx);
}

/**
 * A flash that names no agency, in a text whose other dispatches name one, is that agency's: read
 * again with it as the source's agency (its warning then says the agency came from the source).
 */
function withNeighbourAgency(parsed: Array<{ raw: string; index: number; result: ParseResult }>, ctx: ParseContext) {
  const unknown = (result: ParseResult) => result.ok && result.dispatch.agency === UNKNOWN_AGENCY;
  if (ctx.agency || !parsed.some(({ result }) => unknown(result))) return parsed;
  const counts = new Map<string, number>();
  for (const { result } of parsed) if (result.ok && !unknown(result)) counts.set(result.dispatch.agency, (counts.get(result.dispatch.agency) ?? 0) + 1);
  const [agency] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!agency) return parsed;
  return parsed.map((item) => {
    if (!unknown(item.result)) return item;
    const [again] = parseWireChunk(item.raw, { ...ctx, agency });
    return again ? { ...item, result: again.result } : item;
  });
}
