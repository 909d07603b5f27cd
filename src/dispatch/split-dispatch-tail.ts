import { stripEndMarker } from './strip-end-marker.js';
import { isInitials } from './wire-patterns.js';

export interface DispatchTail {
  paragraphs: string[];
  endMarker: boolean;
  editors: string | null;
  /** lines after the end marker and initials: kept in `raw` only */
  trailing: string[];
}

/**
 * Splits a dispatch's body lines (cleaned, non-blank) into paragraphs, the end marker, the
 * initials line and anything after them. Initials count only right after the end marker, or,
 * with no end marker, as a short last line of initials.
 */
export function splitDispatchTail(body: readonly string[]): DispatchTail {
  for (let index = 0; index < body.length; index += 1) {
    const before = stripEndMarker(body[index] as string);
    if (before === null) continue;
    const paragraphs = [...body.slice(0, index), ...(before ? [before] : [])];
    const after = body.slice(index + 1);
    const editors = after.length > 0 && isInitials(after[0] as string) ? (after.shift() as string) : null;
    return { paragraphs, endMarker: true, editors, trailing: after };
  }
  const last = body[body.length - 1];
  if (body.length > 1 && last !== undefined && isInitials(last)) {
    return { paragraphs: body.slice(0, -1), endMarker: false, editors: last, trailing: [] };
  }
  return { paragraphs: [...body], endMarker: false, editors: null, trailing: [] };
}
