import { endMarkerPattern } from './wire-patterns.js';
import { matchForm, originalPrefixLength } from './wire-line-forms.js';

/**
 * A cleaned line split at its end marker (`(النهاية)`, `(end)`, any case, tashkeel ignored): the
 * text before it, trimmed (`''` for a line that is only the marker), and the initials written after
 * it on the same line, or null; null when the line has no end marker.
 */
export function splitEndMarker(line: string): { before: string; editors: string | null } | null {
  // Every marker closes a parenthesis: most lines have none, and skip the search.
  if (!line.includes(')')) return null;
  const form = matchForm(line);
  const match = endMarkerPattern.exec(form);
  if (!match) return null;
  const editors = match[1] ? line.slice(originalPrefixLength(line, form.length - match[1].length)).trim() || null : null;
  return { before: line.slice(0, originalPrefixLength(line, match.index)).trim(), editors };
}

/** The text of a cleaned line before its end marker; `''` for a line that is only the marker (initials aside); null when it has none. */
export function stripEndMarker(line: string): string | null {
  return splitEndMarker(line)?.before ?? null;
}
