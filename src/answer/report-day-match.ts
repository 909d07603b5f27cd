import { arabicMarkerPattern, latinMarkerPattern } from '../dispatch/agency-markers.js';
import { ARABIC_PUT_OUT_VERBS, ENGLISH_REPORT_NOUNS } from './report-words.js';
import { ARABIC_SPEECH_VERB_FORMS, ENGLISH_TELLING_VERBS } from './speech-verbs.js';

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

/**
 * A verb of saying that opens the statement a question quotes ("who told KUNA the fee cut starts …", "who said the road
 * reopens …", `منو قال إن …`), with the agency told and "that" or `إن` after it: the words after it are what was said. Not
 * one that says what about ("what did the ministry say about … on July 8": the day is the saying's), nor "tell me", the asking.
 */
const STATEMENT_OPENS = new RegExp(
  `\\b(?:${ENGLISH_TELLING_VERBS.join('|')})\\b(?:\\s+(?:to\\s+)?(?:${latinMarkerPattern}))?(?:\\s+that\\b)?(?!\\s+(?:about|of|on|in|at|so|regarding|me|us)\\b)|(?:^|\\s)[وف]?(?:${ARABIC_SPEECH_VERB_FORMS.join('|')})(?:\\s+ل?\\(?(?:${arabicMarkerPattern})\\)?)?(?:\\s+(?:ان|إن|أن))?(?=\\s)`,
  'giu',
);
/** Where a statement ends: a clause's stop or bracket ("… (kuna, december 3)", "…, i think it ran on dec 8", "… — the one filed on …"). */
const CLAUSE_BREAK = /[:;؛،,()[\]—–?؟]|\s-\s/u;
/** Words of the statement before a day that make it the statement's own: a subject and its verb at least ("the fee cut starts on"). */
const STATEMENT_WORDS = 2;

/**
 * The text without the days named inside a statement it quotes ("who told KUNA the fee cut starts on 1 December?", `منو قال
 * إن التسجيل يبدأ 5 يناير`): the day is what was said, the time of the fact, not the day the news came out, which the asker
 * names before the statement ("who told KUNA on 16 November …") or after a report word ("… (the report of 16 November)"). Read
 * with the date patterns `patterns`; the days left stand for the report's day (see reportDayMatch). Pure.
 */
export function withoutStatementDays(text: string, patterns: readonly RegExp[]): string {
  const opens = [...text.matchAll(STATEMENT_OPENS)].map((match) => match.index + match[0].length);
  if (opens.length === 0) return text;
  const said = (at: number) =>
    opens.some((end) => end <= at && !CLAUSE_BREAK.test(text.slice(end, at)) && text.slice(end, at).split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= STATEMENT_WORDS) &&
    !REPORT_BEFORE.test(text.slice(Math.max(0, at - 40), at));
  let kept = text;
  for (const pattern of patterns) {
    const days = [...kept.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].filter((match) => said(match.index));
    for (const day of days.reverse()) kept = `${kept.slice(0, day.index)} ${kept.slice(day.index + day[0].length)}`;
  }
  return kept;
}
