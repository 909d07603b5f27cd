import { agencyOfMarker } from '../dispatch/agency-markers.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';
import { QUESTION_WORDS_AR } from '../text/arabic-asking-words.js';
import { QUESTION_WORDS_EN } from '../text/english-question-words.js';
import { REQUEST_AR } from '../text/request-as-asking.js';
import { ARABIC_PUT_OUT_VERBS, ENGLISH_REPORT_NOUNS } from './report-words.js';

/** The nouns a reader names a piece of news by: the report, not its topic (folded by normaliseArabic). */
const REPORT_NOUNS = new Set([
  ...ENGLISH_REPORT_NOUNS, 'reports', 'stories', 'headline', 'agency', 'feed', 'text',
  'خبر', 'اخبار', 'الخبر', 'تقرير', 'منشور', 'مقال', 'نشره', 'برقيه', 'برقيات', 'تغطيه', 'موضوع',
]);

/**
 * The verbs of putting news out and of the asker coming on it (saw, read, heard, looking at, ran, put out; نزلت، طلع، سمعت، قريت،
 * شفت). The asker's other asides about the report (forwarded, went through, covered; لقيت، تذكر، مر علي، رجعت ل) need no
 * word here when they name the report beside a clause that asks (see isFrameByShape).
 */
const REPORT_VERBS = new Set([
  'saw', 'seen', 'see', 'read', 'reading', 'heard', 'hear', 'look', 'looking', 'looked', 'going', 'ran', 'run', 'runs', 'put', 'came', 'published',
  'released', 'carried', 'wrote', 'written', 'had', 'got', 'follow', 'following', 'followed', 'remember', 'reported',
  ...ARABIC_PUT_OUT_VERBS, 'سمعت', 'شفت', 'قريت', 'قرات', 'اقرا', 'اتكلم',
]);

/**
 * Closed classes that carry no fact in a frame: articles, demonstratives, pronouns, auxiliaries, prepositions, "something",
 * "dated" (`المؤرخ`), the relative `اللي`, "according to" (`حسب`) and the day's word left by a date; and the asker's words
 * about the asking ("following up the one from …", "i think it ran on …", `سؤال عن خبر …`, `والكلام في خبر …`, "i believe",
 * "i guess"). The asides naming the report beside a clause that asks ("quick q about …", "still on …", `قاعد أقرا خبر …`)
 * need no word here (see isFrameByShape).
 */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 's', 'there', 'here', 'was', 'is', 'were', 'are', 'be', 'been', 'on', 'in', 'of',
  'from', 'about', 'at', 'by', 'as', 'per', 'according', 'to', 'for', 'with', 'out', 'what', 'something', 'some', 'i',
  'me', 'my', 'we', 'you', 'just', 'has', 'have', 'question', 'ask', 'one', 'up', 'think', 'believe', 'guess', 'مؤرخ',
  'في', 'من', 'عن', 'على', 'هذا', 'هذي', 'هذه', 'اللي', 'الي', 'الذي', 'التي', 'يوم', 'شي', 'شيء', 'عنه', 'عنها', 'حسب', 'هو',
  'هي', 'انا', 'كان', 'كانت', 'سؤال', 'استفسار', 'كلام',
]);

/** Stops and brackets at a word's ends ("bulletin?", "dispatch:", `منشور؟`): not part of the word. */
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A word's forms to look up: as written, without the clitics Arabic glues before it (و، ب، ل، ف، ك, the article), and a
 * verb without the object pronoun glued after it (`شفته`, `قريتها`: "I saw it", "I read it").
 */
function formsOf(word: string): string[] {
  const bare = normaliseArabic(word).toLowerCase().replace(/['’]/g, '').replace(EDGE_MARKS, '');
  const stripped = bare.replace(/^و?(?:[بلفك])?(?:ال|ل(?=ل))?/u, '');
  const forms = [bare, stripped, stripped.replace(/^ل/u, '')];
  return [...forms, ...forms.map((form) => form.replace(/(?<=\p{L}{3})(?:ه|ها|هم)$/u, ''))];
}

const isIn = (set: ReadonlySet<string>, word: string) => formsOf(word).some((form) => set.has(form));
/** The agency named, also in the possessive ("kuna's piece", "kunas coverage") and after Arabic's glued preposition (`بكونا`). */
const isAgency = (word: string) => {
  const bare = word.replace(EDGE_MARKS, '').replace(/[()]/g, '');
  return agencyOfMarker(bare) !== undefined || agencyOfMarker(bare.replace(/['’]?s$/iu, '')) !== undefined || formsOf(word).some((form) => agencyOfMarker(form) !== undefined);
};
/** The report named by its noun or its agency (not by a verb of putting it out). */
const isReportNoun = (word: string) => isIn(REPORT_NOUNS, word) || isAgency(word);
const isReportWord = (word: string) => isReportNoun(word) || isIn(REPORT_VERBS, word);
const isFrameWord = (word: string) => isReportWord(word) || isIn(FUNCTION_WORDS, word);

const wordsOf = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
/** The nouns an asker names their asking by ("a question:", `سؤال:`): a clause of them and function words frames what follows. */
const ASKING_NOUNS = new Set(['question', 'سؤال', 'استفسار']);

/**
 * Words of a frame only, naming the report or the asking (not only function words): "there was a kuna piece on it", `هذا خبر`,
 * "a question" before the asking's colon.
 */
const isFrame = (words: readonly string[]) => words.length > 0 && words.every(isFrameWord) && words.some((word) => isReportWord(word) || isIn(ASKING_NOUNS, word));

/** A word that asks: the question words of either script (folded; not `من`, also "from"). */
const QUESTION_WORD = new RegExp(`^(?:${QUESTION_WORDS_EN}|${QUESTION_WORDS_AR}|هل|اشلون)$`, 'u');
/**
 * A clause opening as a question or a request does without a question word: an auxiliary, "give me", and the Arabic requests
 * requestAsAsking reads (`عطني`, `أبي أعرف`, `ممكن تقول لي`: see REQUEST_AR).
 */
const ASKING_OPENER = new RegExp(`^(?:(?:is|are|was|were|did|does|do|will|would|can|could|has|have)\\s|(?:give|tell|show)\\s+(?:me|us)\\b|${REQUEST_AR}(?:\\s|$))`, 'u');
const foldedWords = (text: string) => wordsOf(normaliseArabic(text).toLowerCase()).map((word) => word.replace(EDGE_MARKS, '').replace(/['’]s$/u, ''));
/** The words before which `ما` is a relative ("as", "whatever"), not "what": `على ما أظن`, `حسب ما قالوا`, `مثل ما`, `كل ما` (folded). */
const RELATIVE_MA_AFTER = new Set(['على', 'حسب', 'مثل', 'زي', 'كل', 'بعد', 'قبل'].map(normaliseArabic));
/**
 * Whether a folded word asks: a question word, also behind the prepositions and conjunctions Arabic glues on (`بأي مناطق`, `لمين`,
 * `ومتى`; not `ما` or `كم` so made, which are mostly "and not", "to you"), and `ما` not after a preposition that makes it a relative.
 */
const asksWord = (word: string, before: string | undefined) => {
  if (QUESTION_WORD.test(word)) return word !== 'ما' || before === undefined || !RELATIVE_MA_AFTER.has(before);
  const stripped = word.replace(/^[وف]?[بل]?/u, '');
  return stripped !== word && stripped !== 'ما' && stripped !== 'كم' && QUESTION_WORD.test(stripped);
};
/** Whether a clause asks: a word that asks, an opener of a question or a request, or (`marked`) a question mark closing it. */
const asks = (clause: string, marked = false) => {
  const words = foldedWords(clause);
  return words.some((word, i) => asksWord(word, words[i - 1])) || ASKING_OPENER.test(words.join(' ')) || (marked && /[?؟]/u.test(clause));
};
const namesReport = (words: readonly string[]) => words.some(isReportNoun);

/**
 * A clause framing the asking by its shape, whatever its words: it names the report or the agency ("a colleague passed me
 * the kuna write-up", `واحد ارسل لي خبر`) and asks nothing itself, while the rest of the question asks (a question word, an
 * auxiliary or a request opening it). The asker's asides about the report are an open class, and each asker words them
 * anew; the shape (the report named apart from the asking) is what they share. The asking may be marked by its question mark alone
 * (`…: شافوا الغواصين ذكور حاملة؟`). The asker mostly restates the topic in the
 * asking; a topic said only in the frame stays (see topicOf).
 */
const isFrameByShape = (clause: string, others: string) => namesReport(wordsOf(clause)) && !asks(clause) && asks(others, true);

/** The words that name what a report is about ("a story on the camel crash", `خبر عن العبارات`, `بخصوص الدوام من البيت`), folded. */
const TOPIC_PREPOSITIONS = new Set(['about', 'on', 'regarding', 'concerning', 're', 'عن', 'حول', 'بخصوص', 'بشان']);

/** The asking's own closed class beside its question words: "how many", "how much", the auxiliaries of a question. */
const ASKING_WORDS = new Set(['many', 'much', 'do', 'does', 'did', 'will', 'would', 'can', 'could']);

/** The words of an asking that name something: not its question words, its auxiliaries, nor frame or function words. */
const namingWords = (asking: string) => foldedWords(asking).filter((word) => !QUESTION_WORD.test(word) && !ASKING_WORDS.has(word) && !isFrameWord(word));

/**
 * The topic a frame clause names after a preposition of what the report is about ("kuna had a story on the camel crash" → "the
 * camel crash"; `وصلني خبر عن العبارات` → `العبارات`), up to a word naming the report or another such preposition, when it holds
 * a word of its own and the asking names next to nothing itself (two words at most: "…, how many were hurt", `…، كم سعرها؟`)
 * and restates none of its words: the asker said the topic only in the frame. '' when it names none ("a piece on it", "about
 * the report that came out", `عن خبر كونا`), or the asking names its own topic (`…، متى تبدأ المرحلة الثانية من تجربة العمل عن
 * بعد؟`: the frame's words for it are the asker's, not the wire's).
 */
function topicOf(clause: string, others: string): string {
  if (namingWords(others).length > 2) return '';
  const runs: string[][] = [];
  let run: string[] | undefined;
  for (const word of wordsOf(clause)) {
    if (formsOf(word).some((form) => TOPIC_PREPOSITIONS.has(form))) runs.push((run = []));
    else if (isReportWord(word)) run = undefined;
    else run?.push(word);
  }
  const topic = runs.map(trimmedOfFrameWords).filter((words) => words.length > 0).map((words) => words.join(' ')).join(' ');
  if (topic === '') return '';
  const asked = new Set(analyseText(others));
  return analyseText(topic).some((token) => token.length >= 3 && asked.has(token)) ? '' : topic;
}

/** A run of words without the frame and function words at its ends. */
function trimmedOfFrameWords(words: readonly string[]): readonly string[] {
  let start = 0;
  let end = words.length;
  while (start < end && isFrameWord(words[start] as string)) start += 1;
  while (end > start && isFrameWord(words[end - 1] as string)) end -= 1;
  return words.slice(start, end);
}

/**
 * Where a clause ends: a colon, a comma, a semicolon, a bracket or a dash (either script's), and a full stop or a question mark
 * with more after it (`went through the kuna feed. how many …`) (`تذكر خبر 6 ديسمبر؟ …`: the asker's opening question about the report is a sentence of its own).
 */
const CLAUSE_BREAK = /((?:[:;؛،()[\]—–]|,(?!\d)|\.(?=\s+[\p{L}\p{N}])|[?؟](?=\s*[\p{L}\p{N}]))+|\s-\s)/u;

/**
 * A question without the clauses that only frame it as a report the asker saw ("saw this today: …", "… (kuna, nov 24)",
 * "looking at what kuna put out on …, …", `بالنسبة للخبر اللي انشر اليوم، …`, `… (الخبر نزل أمس)`), nor a run of such words
 * closing it (`… سمعت عنه اليوم`, `… حسب المنشور يوم 28/11`): the report's noun, the verbs of putting it out or coming on it and
 * the agency are how the asker points at the news, not words a passage must hold. A clause is dropped when every word
 * of it belongs to those closed classes or to the function words, or when it names the report and asks nothing beside a
 * clause that asks (see isFrameByShape; its topic kept when the asking does not restate it, see topicOf), and the question
 * keeps a word of its own. An aside set off by brackets or a dash is read whole first (see withoutAsides). Read on the
 * question without its dates (see parseQuestionDates' `rest`). Pure.
 */
export function withoutReportFrame(asked: string): string {
  const question = withoutAsides(asked);
  const parts = question.split(CLAUSE_BREAK);
  // Even indices are clauses, odd ones the breaks between them; a break goes with a frame beside it.
  const clauses = parts.filter((_, i) => i % 2 === 0);
  const others = (i: number) => clauses.filter((_, j) => j !== i / 2).join(' ');
  const byShape = parts.map((part, i) => i % 2 === 0 && !isFrame(wordsOf(part)) && isFrameByShape(part, others(i)));
  // A frame by its shape that names the topic only there gives the asking its topic (see topicOf): the rest of it goes.
  const topics = parts.map((part, i) => (byShape[i] ? topicOf(part, others(i)) : ''));
  const framing = parts.map((part, i) => i % 2 === 0 && topics[i] === '' && (byShape[i] === true || isFrame(wordsOf(part))));
  const told = parts.map((part, i) => (topics[i] === '' ? part : `${/^\s/u.test(part) ? ' ' : ''}${topics[i]}`));
  // A clause left empty by the dates beside a frame ("(kuna, nov 24)") goes with it.
  const frames = framing.map((frame, i) => frame || (i % 2 === 0 && wordsOf(parts[i] as string).length === 0 && (framing[i - 2] === true || framing[i + 2] === true)));
  const kept = told.filter((_, i) => (i % 2 === 0 ? !frames[i] : !(frames[i - 1] || frames[i + 1])));
  const rest = (frames.some(Boolean) || topics.some((topic) => topic !== '')) && wordsOf(kept.join(' ')).some((word) => !isFrameWord(word)) ? kept.join(' ').replace(/\s+/gu, ' ').replace(/\s+([?؟])/gu, '$1').trim() : question;
  return withoutClosingFrame(rest);
}

/** A bracket's inside, with the space before it and the question mark after it (the frame's, as the clause reading takes it). */
const BRACKETED = /\s*\(([^()]*)\)[?؟]*/gu;
/** A dash setting a part of the question apart: either script's, or a hyphen between spaces. */
const DASH = /\s*(?:[—–]|\s-\s)\s*/u;

/**
 * Whether a part set off whole is an aside about the source: it names the report or the agency and asks nothing, and the rest
 * (when `restAsks`, asking) names a topic of its own (three words at most are the asking's alone, as topicOf reads it: "… — what
 * was the number" leaves the topic to the aside, whose clauses the clause reading then tells apart).
 */
const isAside = (aside: string, rest: string, restAsks: boolean) =>
  namesReport(wordsOf(aside)) && !asks(aside) && (!restAsks || asks(rest, true)) && namingWords(rest).length > 2;

/**
 * The question without its asides about the source, each read whole however many commas it holds: a bracket's inside or a part
 * a dash sets apart that names the report or the agency and asks nothing ("… (for my mum, its kuna from …)", "… — kuna ran it
 * today, i think", `… (ربعي بالقروب يقولون كونا …)`). Each asker words the aside anew (who passed the news on, a hedge, for whom
 * they ask); the marks setting it off are what they share. Beside a dash the rest must ask; brackets set their aside off on both
 * sides, so the rest may be a bare topic. A question mark closing a dropped part goes with it, as a break beside a frame does.
 */
function withoutAsides(question: string): string {
  const unbracketed = question.replace(BRACKETED, (whole: string, inside: string, at: number) => (isAside(inside, question.slice(0, at) + question.slice(at + whole.length), false) ? '' : whole));
  const parts = unbracketed.split(DASH);
  const kept = parts.filter((part, i) => !isAside(part, parts.filter((_, j) => j !== i).join(' '), true));
  if (parts.length < 2 || kept.length === parts.length || kept.length === 0) return unbracketed;
  return kept.join(' — ');
}

/**
 * The question without a closing run of two or more frame words naming the report (`… هذا اللي طلع`, `… سمعت عنه`), its
 * closing question mark kept (`… للجنة شفته بأخبار اليوم؟`).
 */
function withoutClosingFrame(question: string): string {
  const mark = /\s*[؟?!.]+$/u.exec(question)?.[0] ?? '';
  if (mark === '') return withoutClosingRun(question, 1);
  // Before a question mark the frame may be the question itself ("what did kuna put out?"): two words of its own stay.
  const body = question.slice(0, question.length - mark.length);
  const kept = withoutClosingRun(body, 2);
  return kept === body ? question : `${kept}${mark.trim()}`;
}

/** The question without its closing frame run, when at least `ownWords` words of its own stay before it. */
function withoutClosingRun(question: string, ownWords: number): string {
  const words = question.split(/\s+/u).filter((word) => word.length > 0);
  let end = words.length;
  while (end > 0 && !/[\p{L}\p{N}]/u.test(words[end - 1] as string)) end -= 1;
  let start = end;
  while (start > 0 && isFrameWord(words[start - 1] as string)) start -= 1;
  const run = words.slice(start, end);
  const before = words.slice(0, start);
  if (run.length < 2 || !isFrame(wordsOf(run.join(' '))) || before.filter((word) => !isFrameWord(word)).length < ownWords) return question;
  return before.join(' ');
}
