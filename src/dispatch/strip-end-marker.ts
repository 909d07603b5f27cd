import { endMarkerPattern } from './wire-patterns.js';
import { matchForm, originalPrefixLength } from './wire-line-forms.js';

/**
 * The text of a cleaned line before its end marker (`(النهاية)`, `(end)`, any case, tashkeel
 * ignored), trimmed; `''` for a line that is only the marker; null when the line has none.
 */
export function stripEndMarker(line: string): string | null {
  // Every marker closes a parenthesis: most lines have none, and skip the search.
  if (!line.includes(')')) return null;
  const form = matchForm(line);
  const match = endMarkerPattern.exec(form);
  if (!match) return null;
  return line.slice(0, originalPrefixLength(line, match.index)).trim();
}
