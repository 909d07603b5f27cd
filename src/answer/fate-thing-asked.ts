import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { WHAT_AR } from '../text/arabic-asking-words.js';
import { ARABIC_WORD_END } from './arabic-word-end.js';

/**
 * A fate asked in English, the thing after it: "what will happen to the seized birds", "what's going to happen to
 * them", "what will become of the camp", "what happens to the shrubs now", "what will the ministry do with the
 * cars", "what is the fate of the boat". Not "what happens to people who break the rule" (a rule, told in the
 * present) nor "what happened to the driver" (told in the past).
 */
const FATE_EN =
  /\bwhat(?:'s|\s+is|\s+are)?\s+(?:will|would|(?:is\s+|are\s+)?going\s+to)\s+(?:happen\s+to|become\s+of)\s+(.+)$|\bwhat\s+happens\s+to\s+(.+?)\s+now\b|\bwhat\s+(?:will|would)\s+(?:[\w'-]+\s+){1,3}do\s+with\s+(.+)$|\bwhat(?:'s|\s+is|\s+was)\s+(?:the\s+)?fate\s+of\s+(.+)$/iu;

/**
 * A fate asked in Arabic (folded): a word of "what" and a verb of doing or happening with the future's `ب`, `س`, `راح`
 * (`شنو بيسوون فيها`, `شبيسوون فيها`, `ماذا سيحدث ل`, `وش راح يصير ب`), or `مصير` ("the fate of"). Not a present
 * (`شيسوون فيها`): that asks what is done with such things, which a rule told in the present answers.
 */
const FATE_AR = new RegExp(
  `(?:^|\\s)(?:(?:(?:${WHAT_AR})\\s+|ش)(?:ب|س|(?:راح|رح)\\s+)(?:يسوون|يسون|يسوي|تسوي|يسوونها|يعملون|يعملوا|يفعلون|يفعل|يصير|تصير|يحدث|يحصل)|[وف]?(?:ال)?مصير)${ARABIC_WORD_END}`,
  'u',
);

/**
 * Words of the asking that name no thing: the pronoun the verb takes (`فيها`, `به`, `لهم`), the relatives (`اللي`, `الذي`), and in
 * English "now" and the pronouns ("them", "it", "they"). Punctuation is taken off the words before (see words).
 */
const NOT_THE_THING = /^(?:فيها|فيه|فيهم|بها|به|بهم|لها|له|لهم|اللي|الي|التي|الذي|الذين|now|them|it|they)$/u;

/**
 * The words naming the thing whose fate a question asks ("what will happen to the 210 seized birds": `210`, "seized",
 * "birds"; `الطيور اللي صادروها شبيسوون فيها`: the words before the asking), or undefined when it asks no fate. An
 * empty list: the fate of what the story is about ("what will happen to them"). Pure.
 */
export function fateThingAsked(question: string): string[] | undefined {
  const folded = normaliseArabic(question);
  const english = FATE_EN.exec(folded);
  if (english) {
    const after = english.slice(1).find((group) => group !== undefined) ?? '';
    return words(after.replace(/\bnow\b.*$/iu, ''));
  }
  const arabic = FATE_AR.exec(folded);
  if (!arabic) return undefined;
  return words(`${folded.slice(0, arabic.index)} ${folded.slice(arabic.index + arabic[0].length)}`);
}

/** A text's words, their closing punctuation off, less the words that name no thing (see NOT_THE_THING) and the English articles. */
const words = (text: string): string[] =>
  text
    .split(/\s+/u)
    .map((word) => word.replace(/[?؟.,،!]+$/u, ''))
    .filter((word) => word.length > 0 && !NOT_THE_THING.test(word.toLowerCase()) && !/^(?:the|a|an)$/iu.test(word));

/** The noun of a fate, "fate" and `مصير` (folded), with the article and a conjunction. */
const FATE_WORD = new RegExp(`\\bfate\\b|(?:^|\\s)[وف]?(?:ال)?مصير${ARABIC_WORD_END}`, 'giu');

/**
 * The analysed tokens of the fate's own noun in a question asking a fate (see fateThingAsked): "the fate of the boat",
 * `مصير مكعبات البرج`. It names the kind of fact asked, which the wire tells by what is to come ("will be dismantled",
 * `سيفكك وستوزع`), never by the word: the asking's frame, not a topic a passage must name. None for any other question. Pure.
 */
export function fateWordsAsked(question: string): string[] {
  if (fateThingAsked(question) === undefined) return [];
  return [...normaliseArabic(question).matchAll(FATE_WORD)].flatMap((match) => analyseText(match[0]));
}
