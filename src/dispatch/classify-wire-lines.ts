import { detectLanguage } from '../text/detect-language.js';
import { parseDateline } from './parse-dateline.js';
import { stripEndMarker } from './strip-end-marker.js';
import { isFurnitureLine, stripWrapper } from './wire-furniture.js';
import { cleanLine, matchForm } from './wire-line-forms.js';
import { datePattern, flashPattern, isInitials, markerInLinePattern } from './wire-patterns.js';

/**
 * What a line of wire text is, for splitting: a date line, the dateline paragraph that opens a
 * body, a one-line flash, a headline-shaped flash that heads the dateline after it, an initials
 * line, page furniture (skipped like a blank line), or other text.
 */
export type WireLineKind = 'blank' | 'furniture' | 'date' | 'dateline' | 'flash' | 'headline' | 'initials' | 'text';

export interface WireLine {
  /** offset of the line in the whole text */
  start: number;
  kind: WireLineKind;
  /** whether the line ends with an end marker (`(النهاية)`, `(end)`) */
  ends: boolean;
  /** whether the line is nothing but an end marker */
  bareEnd: boolean;
  clean: string;
}

/** Longest prefix of a line looked at for a dateline or flash. */
const HEAD = 300;

/** Classifies every line of `text` (LF or CRLF) in one pass plus one backward pass; linear. */
export function classifyWireLines(text: string): WireLine[] {
  const lines: WireLine[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    lines.push(classifyLine(text.slice(start, end), start));
    start = end;
  }
  // A flash-shaped line without its own agency marker, followed by a dateline in the same
  // script, is that dispatch's headline (`عاجل: …` over the dateline), not a flash of its own.
  let next: WireLine | undefined;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i] as WireLine;
    if (line.kind === 'blank' || line.kind === 'furniture') continue;
    if (line.kind === 'flash' && next?.kind === 'dateline' && !markerInLinePattern.test(matchForm(line.clean).slice(0, HEAD * 4))) {
      if (detectLanguage(next.clean.slice(0, HEAD)) === detectLanguage(line.clean.slice(0, HEAD))) line.kind = 'headline';
    }
    next = line;
  }
  return lines;
}

function classifyLine(line: string, start: number): WireLine {
  const clean = cleanLine(start === 0 ? line.replace(/^\uFEFF/, '') : line);
  if (clean.length === 0) return { start, kind: 'blank', ends: false, bareEnd: false, clean };
  if (isFurnitureLine(clean)) return { start, kind: 'furniture', ends: false, bareEnd: false, clean };
  const head = matchForm(stripWrapper(clean.slice(0, HEAD)).line);
  const before = stripEndMarker(clean);
  const ends = before !== null;
  const bareEnd = before === '';
  let kind: WireLineKind = 'text';
  if (clean.length <= 60 && datePattern.test(head)) kind = 'date';
  else if (parseDateline(head.replace(flashPattern, '$2'))) kind = 'dateline';
  else if (flashPattern.test(head)) kind = 'flash';
  else if (isInitials(clean)) kind = 'initials';
  return { start, kind, ends, bareEnd, clean };
}
