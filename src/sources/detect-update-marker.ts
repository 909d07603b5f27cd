import type { VersionReason } from '../store/dispatch-store.js';

const arabic = /^\s*(?:عاجل\s*[:\-–—]?\s*)?(تحديث|تصحيح)(?:\s*\d+)?\s*[:\-–—(]|[(\[]\s*(تحديث|تصحيح)(?:\s*\d+)?\s*[)\]]/u;
const english = /\b(UPDATE|UPDATED|CORRECTION|CORRECTED|CORRECTS)\b/;

/**
 * Whether a dispatch marks itself as an update or a correction of an earlier one:
 * `تحديث:` / `تصحيح -` at the start of its headline, `(تحديث)`, or `UPDATE` / `CORRECTION` in
 * capitals (a lowercase "update" is ordinary prose, as is تحديث inside a sentence).
 */
export function detectUpdateMarker(headline: string, firstLine: string): Exclude<VersionReason, 'edit'> | null {
  for (const text of [headline, firstLine]) {
    const ar = arabic.exec(text);
    if (ar) return (ar[1] ?? ar[2]) === 'تصحيح' ? 'correction' : 'update';
    const en = english.exec(text);
    if (en) return en[1]!.startsWith('CORRECT') ? 'correction' : 'update';
  }
  return null;
}
