import { splitEndMarker } from './strip-end-marker.js';
import { isInitials } from './wire-patterns.js';
import { singleInitialsPattern } from './wire-patterns.js';

export interface DispatchTail {
  paragraphs: string[];
  endMarker: boolean;
  editors: string | null;
  /** lines after the end marker and initials: kept in `raw` only */
  trailing: string[];
}

/**
 * Splits a dispatch's body lines (cleaned, non-blank) into paragraphs, the end marker, the
 * initials and anything after them. Initials count on the end marker's line (`(end) ibi`), on the
 * line right after it (`ast.gb`, or one group such as `mke`), or, with no end marker, as a short
 * last line of initials.
 */
export function splitDispatchTail(body: readonly string[]): DispatchTail {
  for (let index = 0; index < body.length; index += 1) {
    const end = splitEndMarker(body[index] as string);
    if (end === null) continue;
    const paragraphs = [...body.slice(0, index), ...(end.before ? [end.before] : [])];
    const after = body.slice(index + 1);
    let editors = end.editors;
    const next = after[0];
    if (editors === null && next !== undefined && (isInitials(next) || singleInitialsPattern.test(next))) editors = after.shift() as string;
    return { paragraphs, endMarker: true, editors, trailing: after };
  }
  const last = body[body.length - 1];
  if (body.length > 1 && last !== undefined && isInitials(last)) {
    return { paragraphs: body.slice(0, -1), endMarker: false, editors: last, trailing: [] };
  }
  return { paragraphs: [...body], endMarker: false, editors: null, trailing: [] };
}
