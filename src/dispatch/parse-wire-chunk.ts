import { parseBriefing } from './parse-briefing.js';
import { type ParseContext, type ParseResult, parseDispatch } from './parse-dispatch.js';
import { parseHistory } from './parse-history.js';
import { readWireLines } from './read-wire-lines.js';
import { withPageDate } from './resolve-dispatch-date.js';

/**
 * One chunk of wire text read as the dispatches it holds: a briefing or a "Today in Kuwait's
 * history" feature gives one per item (each with its own `raw`), anything else one dispatch (or
 * the reason it is none).
 */
export function parseWireChunk(raw: string, ctx: ParseContext): Array<{ raw: string; result: ParseResult }> {
  const read = readWireLines(raw);
  if (!read.ok) return [{ raw, result: read }];
  const dated = withPageDate(ctx, read.value.pageDate);
  const items = parseHistory(read.value, dated) ?? parseBriefing(read.value, dated);
  return items ?? [{ raw, result: parseDispatch(raw, ctx, read.value) }];
}
