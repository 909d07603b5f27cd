import { arabicMarkerPattern, latinMarkerPattern } from '../dispatch/agency-markers.js';
import { ARABIC_PUT_OUT_VERBS, ENGLISH_REPORT_NOUNS } from './report-words.js';

/**
 * A report word just before a day ("the report of 16 november", "news from Tuesday", "on the wire for 9 december",
 * `خبر يوم 11 نوفمبر`, `برقية كونا يوم 9/12`, `نشرته كونا يوم الأحد`, any listed agency's marker): the day the news came out, as
 * the asker frames it, with a preposition or `يوم` between.
 */
const REPORT_BEFORE = new RegExp(
  `(?:\\b(?:${ENGLISH_REPORT_NOUNS.join('|')}|${latinMarkerPattern})(?:'s)?(?:\\s+(?:of|from|on|for|dated|published|came\\s+out|was\\s+out))*|(?:^|\\s)(?:ال)?(?:خبر|[اأ]خبار|برقي[ةه]|نشر[ةه])(?:\\s+(?:${arabicMarkerPattern}))?|(?:^|\\s)(?:${ARABIC_PUT_OUT_VERBS.join('|')})(?:\\s+(?:${arabicMarkerPattern}))?)\\s*(?:يوم\\s+|في\\s+|on\\s+)?$`,
  'iu',
);

/**
 * The match of `pattern` (a date or weekday pattern, global or not) in `text` that names the report's day: where the
 * question names two days, one the fact's ("opens on Thursday", "starts on 1 December") and one the news's ("as KUNA
 * published on Sunday", "the report of 16 November"), the one after a report word; otherwise the first, as `exec`
 * finds it. The asker puts the frame at the start, inside or at the end of the question, so its place says nothing. Pure.
 */
export function reportDayMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  const all = [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))];
  if (all.length === 0) return null;
  const reported = all.length > 1 ? all.find((match) => REPORT_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) : undefined;
  return (reported ?? all[0]) as RegExpExecArray;
}
