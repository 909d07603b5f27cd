import type { Dispatch } from '../dispatch/dispatch-types.js';
import { asciiDigits, figureKeys } from '../dispatch/find-number-keys.js';
import type { PassageHit } from '../store/dispatch-store.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { ARABIC_DUAL } from '../text/arabic-duals.js';
import { type AnswerType, holdsAnswerType } from './answer-type.js';
import { TIME_OF_DAY } from './calendar-words.js';
import { withGluedPreposition } from './link-answer-filler.js';
import { NUMBER_WORDS } from './number-words.js';
import { tellsMoney } from './tells-money.js';

/** Number words of both languages by value, as the analyser leaves them. */
const NUMBER_VALUES = new Map<string, string>(
  NUMBER_WORDS
    .flatMap(([word, value]) => analyseText(word).map((token) => [token, String(value)] as [string, string]))
    // The analyser folds some tens onto units (ثلاثين, ثلاثة): the unit, listed first, keeps the token.
    .filter(([token], i, all) => all.findIndex(([other]) => other === token) === i),
);

/** A figure written in digits (`12,000`, `5ر2`, `٣`), keyed alike in both scripts. */
const FIGURE = /(\d+(?:[,٬]\d{3})*)(?:([.٫ر])(\d+))?/gu;

/** A time of day anywhere in a text: one version writes it in figures ("8:30 p.m."), the other often in words (`الثامنة والنصف`). */
const CLOCK = new RegExp(TIME_OF_DAY.source, 'giu');

/** The figures a text tells, digits, number words and Arabic duals alike, by value; not the times of day, which count nothing. Pure. */
export function figuresTold(told: string): Set<string> {
  const text = normaliseArabic(told).replace(CLOCK, ' ');
  const keys = new Set<string>();
  for (const match of asciiDigits(text).matchAll(FIGURE)) for (const key of figureKeys(match[1] as string, match[2], match[3])) keys.add(key);
  for (const token of analyseText(text)) {
    const value = withGluedPreposition(token, (word) => NUMBER_VALUES.get(word));
    if (value !== undefined) keys.add(value);
  }
  // A dual counts two (`وزيران`, `ساعتين`): the other version writes "two ministers", "two hours".
  if (ARABIC_DUAL.test(text)) keys.add('2');
  return keys;
}

/**
 * The paragraphs of a story's version in one language that tell the kind of fact asked where its
 * version in the other language tells none, the story being on the question's topic in either: a
 * figure (an amount, a count, a length of time, a year) the other version does not give. The wire writes both versions from one
 * report and each keeps details the other leaves out; a question whose words reach one version may
 * ask what only the other tells. `onTopic` are the passages on the question's topic that do not
 * answer it, `candidates` the other passages read, `onTopicHere` whether a candidate is itself on
 * the question's topic (judged on its own words, the story's other version bridging only the words
 * its language cannot write). Pure.
 */
export function factInOtherVersion(
  type: AnswerType,
  money: boolean,
  onTopic: readonly PassageHit[],
  candidates: readonly PassageHit[],
  dispatches: ReadonlyMap<string, Dispatch>,
  onTopicHere: (hit: PassageHit) => boolean,
): PassageHit[] {
  if (type !== 'number' && type !== 'duration' && type !== 'date') return [];
  // Each version's figures by its day: the other version of a report is filed the same day; a dispatch of the story's other
  // language filed on another day (the launch before, the update after) is another report, whose figures differ for that alone.
  const toldIn = new Map<string, Set<string>>();
  const versionKey = (storyId: string, lang: string, date: string) => `${storyId}\u0000${lang}\u0000${date}`;
  // Every version of a story on the topic: the asker's may be off it in its own words ("best wrestler" for "how many wrestlers took part").
  const asked = new Set(onTopic.map((hit) => hit.storyId));
  for (const d of dispatches.values()) {
    if (!asked.has(d.storyId)) continue;
    const key = versionKey(d.storyId, d.lang, d.date);
    const figures = toldIn.get(key) ?? new Set<string>();
    for (const figure of figuresTold([d.headline, ...d.paragraphs].join('\n'))) figures.add(figure);
    toldIn.set(key, figures);
  }
  return candidates.filter((hit) => {
    const there = toldIn.get(versionKey(hit.storyId, hit.lang === 'ar' ? 'en' : 'ar', hit.date));
    if (there === undefined) return false;
    if (!holdsAnswerType(hit.text, type) || (money && !tellsMoney(hit.text))) return false;
    if (![...figuresTold(hit.text)].some((figure) => !there.has(figure))) return false;
    return onTopicHere(hit);
  });
}
