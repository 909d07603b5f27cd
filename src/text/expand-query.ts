import { normaliseArabic } from './analyse-arabic.js';
import type { BilingualDictionary } from './bilingual-dictionary.js';
import { dictionaryTranslations } from './dictionary-translations.js';
import { isCutNameMatch } from './cut-name-match.js';
import { keptSpellings } from './kept-spellings.js';
import { analyseText } from './analyse-text.js';
import { articleBoundTokens } from './article-bound-tokens.js';
import { accusativeVariants, withoutAccusative } from './arabic-accusative-variants.js';
import { MIN_STEM, cliticVariants, withoutProclitic } from './arabic-clitic-variants.js';
import { hamzaSeatForms, hamzaSeatVariants } from './arabic-hamza-seat-variants.js';
import { inflectionVariants } from './arabic-inflection-variants.js';
import { finalHamzaForms, spokenVariants } from './arabic-spoken-variants.js';
import { pluralVariants } from './arabic-plural-variants.js';
import { endsInTaMarbuta, possessiveVariants, taMarbutaTokens } from './arabic-possessive-variants.js';
import { detectQueryLanguage } from './detect-language.js';
import { isOverStemmedMatch } from './over-stemmed-match.js';
import { loadGazetteer, matchEntityAt } from './gazetteer.js';
import type { InducedLexicon } from './induce-lexicon.js';
import type { NameVocabulary } from './name-vocabulary.js';
import { isQuestionWordAsWritten } from './is-question-word-as-written.js';
import { questionWords } from './question-words.js';
import { PRESIDENT, readsHeadOfState } from './reads-head-of-state.js';
import { isArabicScript, nameSkeleton } from './transliterate-name.js';
import { loadWireLexicon, matchConceptAt } from './wire-lexicon.js';
import { type WrittenWords, writtenWords } from './written-words.js';

/** Concepts of a question: each group holds alternatives, each alternative a phrase of analysed tokens. */
export interface ExpandedQuery {
  lang: 'ar' | 'en' | 'mixed';
  groups: string[][][];
  /** gazetteer ids found in the question */
  entities: string[];
  /**
   * Per group, the alternatives only the store's own translations gave (see induceLexicon): they
   * find and name a concept, but learnt from few stories they may be wrong, so they never make it
   * a word the passage must hold.
   */
  translated?: string[][][];
  /**
   * Per group, the alternatives only the general dictionary gave (see BilingualDictionary), for a
   * word no list, spelling or induced translation bridges: a subset of `translated`.
   */
  dictionary?: string[][][];
}

let dropped: Set<string> | null = null;
/** Analysed question words ("what did … say about"), dropped unless part of a name. */
const droppedTokens = (): Set<string> => (dropped ??= new Set(questionWords.flatMap((word) => analyseText(word))));

/** Whether `inner` occurs in `outer` as consecutive tokens. */
function containsPhrase(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i += 1) {
    if (inner.every((token, offset) => outer[i + offset] === token)) return true;
  }
  return false;
}

/**
 * Every form of a gazetteer entry in both languages, analysed; a form that contains a shorter one
 * (`فلاديمير بوتين` beside `بوتين`) is left out: in an OR it can match nothing more.
 */
function alternativesOf(forms: readonly string[], names: NameVocabulary | undefined): string[][] {
  const phrases = new Map<string, string[]>();
  for (const form of forms) {
    const phrase = analyseText(form);
    if (phrase.length > 0) phrases.set(phrase.join(' '), phrase);
    for (const variant of names ? withClitics(phrase, names) : gluedPrepositions(phrase)) phrases.set(variant.join(' '), variant);
    // A noun written with its ta marbuta, in the wire's form under a pronoun (`غرامة` → `غرامتها`).
    const [head] = phrase;
    if (names && phrase.length === 1 && head !== undefined && endsInTaMarbuta(form)) for (const open of possessiveVariants(head, names.holds)) phrases.set(open, [open]);
    // A one-word form as the wire writes it in the accusative (`اتصالا` for `اتصال`, see accusativeVariants): sameWord reads it in a passage, so the store holds the concept.
    if (names && phrase.length === 1 && head !== undefined) for (const variant of accusativeVariants(head, names.holds, form)) phrases.set(variant, [variant]);
  }
  const all = [...phrases.values()];
  return all.filter((phrase) => !all.some((other) => other !== phrase && other.length < phrase.length && containsPhrase(phrase, other)));
}

/**
 * Whether a person's name matched by one Arabic word is a filler of the dialect's questions instead
 * (`شي`, "a thing", as in `شنو آخر شي عن …`, is also a short form of a Chinese leader's name): a
 * question word is read as one; the name is still found by its longer forms.
 */
function fillerForName(entry: { kind: string }, length: number, token: string, questionTokens: ReadonlySet<string>): boolean {
  return entry.kind === 'person' && length === 1 && isArabicScript(token) && questionTokens.has(token);
}

/** A phrase with its first word in the other proclitic forms the store holds (`لمجلس امن` for `مجلس امن`). */
function withClitics(phrase: readonly string[], names: NameVocabulary): string[][] {
  const [head, ...rest] = phrase;
  if (!head) return [];
  return cliticVariants(head, names.holds, rest.length > 0 ? MIN_STEM : undefined).slice(1).map((variant) => [variant, ...rest]);
}

/**
 * Without the store's vocabulary: the Arabic analyser (as Lucene's) strips `لل` and `بال` but not
 * a bare `ل` or `ب` glued to a noun without the article (`لبورصة الكويت` → `لبورص`): a one-word
 * Arabic form is also looked for with them.
 */
function gluedPrepositions(phrase: readonly string[]): string[][] {
  const [head] = phrase;
  if (phrase.length !== 1 || !head || !isArabicScript(head) || head.length < 3 || /^[لب]/.test(head)) return [];
  return [[`ل${head}`], [`ب${head}`]];
}

/**
 * Analyses a question and expands each name the gazetteer knows into its forms in both languages,
 * each common wire word the lexicon holds (wire-lexicon-data.ts) into its forms and synonyms in both,
 * and, given the store's vocabulary (`names`), each other name-like word into the spellings of the
 * other script whose consonant skeleton matches (a name nobody listed: `Al-Mutairi` → `مطير`),
 * and, given the store's induced lexicon (`induced`), each other word into the words the store's
 * parallel stories translate it with (`airport` → `مطار`, which no list joins), so an English
 * question finds an Arabic dispatch and the reverse: "what did Putin say about BRICS" → [[putin,
 * بوت], [bric, بريكس]]. Names are matched on analysed tokens, longest first, before
 * question words are dropped (so "New York" and "WHO" survive); every other content word is a
 * concept of its own. Each concept appears once.
 */
export function expandQuery(text: string, options: { names?: NameVocabulary; induced?: InducedLexicon; dictionary?: BilingualDictionary } = {}): ExpandedQuery {
  const { names, induced, dictionary } = options;
  const words = writtenWords(text);
  const { tokens } = words;
  // Another reading of a written word, taken only where the store holds the word so.
  const held = (found: string | undefined) => (found !== undefined && names?.holds(found) ? found : undefined);
  // A first `و` the stemmer took for a conjunction may be the word's: the store holds the word so (`وطني` as `الوطني`, `وطن`).
  const whole = (i: number) => held(words.withFirstLetter(i));
  // A lam the stemmer took for the article's may be the word's: the store holds the word so (`للجنة` as `اللجنة`, `لجن`; not `جن`).
  const lamKept = (i: number) => held(words.withLamKept(i));
  const written = names ? nameLikeTokens(text) : new Set<string>();
  const bound = articleBoundTokens(text);
  const marbuta = taMarbutaTokens(text);
  const { byId } = loadGazetteer();
  const skip = droppedTokens();
  const groups: string[][][] = [];
  const translated: string[][][] = [];
  const fromDictionary: string[][][] = [];
  const entities: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const match = matchKnownAt(tokens, i, matchEntityAt, bound, names?.holds);
    const entry = match ? byId.get(match.id) : undefined;
    if (match && entry && keepsFirstLetter(match.length, entry.ar, whole(i)) && !commonNounOfName(entry, match.length, tokens[i] as string, bound) && !fillerForName(entry, match.length, tokens[i] as string, skip) && !cutPlaceName(entry, match.length, words.arabicWord(i)) && !otherHead(entry.id, text, words, i)) {
      const concept = entry.kind === 'topic' ? sameConcept(entry, matchKnownAt(tokens, i, matchConceptAt, bound, names?.holds), match.length) : undefined;
      i += match.length;
      if (seen.has(`=${entry.id}`)) continue;
      seen.add(`=${entry.id}`);
      if (concept !== undefined) seen.add(`=${concept}`);
      entities.push(entry.id);
      groups.push(alternativesOf([...entry.ar, ...entry.en, ...(concept === undefined ? [] : (loadWireLexicon().concepts.get(concept) ?? []))], names));
      translated.push([]);
      fromDictionary.push([]);
      continue;
    }
    const concept = matchKnownAt(tokens, i, matchConceptAt, bound, names?.holds);
    const conceptForms = concept ? (loadWireLexicon().concepts.get(concept.id) ?? []) : [];
    // A one-word concept the question writes as its own asking word (`تعرف`, "do you know", not `تعرفة`) is that word: dropped below.
    const asking = concept !== null && concept.length === 1 && isQuestionWordAsWritten(words.arabicWord(i));
    if (concept && !asking && keepsFirstLetter(concept.length, conceptForms, whole(i)) && !(concept.length === 1 && isOverStemmedMatch(tokens[i] as string, words.arabicWord(i), conceptForms))) {
      i += concept.length;
      if (seen.has(`=${concept.id}`)) continue;
      seen.add(`=${concept.id}`);
      const listed = alternativesOf(loadWireLexicon().concepts.get(concept.id) ?? [], names);
      // A one-word concept the other language writes as a loanword, spelt alike in both scripts in the store's parallel stories
      // ("bridge", the card game, written `بريدج` where the list gives `جسر`): the store's spelling joins the list's (see speltAlikeOf).
      const spelt = concept.length === 1 && induced?.speltAlikeOf ? loanSpellings(tokens[i - 1] as string, induced.speltAlikeOf, listed) : [];
      groups.push([...listed, ...spelt]);
      translated.push(spelt);
      fromDictionary.push([]);
      continue;
    }
    // A loanword the question writes in two Arabic words and the store glues in one Latin word (`السكيت بورد`, "skateboard").
    const glued = gluedLoanAt(tokens, i, names, skip);
    if (glued.length > 0) {
      groups.push([tokens.slice(i, i + 2), ...glued.map((term) => [term])]);
      translated.push([]);
      fromDictionary.push([]);
      i += 2;
      continue;
    }
    const token = tokens[i] as string;
    i += 1;
    if (skip.has(token) || seen.has(token)) continue;
    seen.add(token);
    const withWhole = whole(i - 1) ?? lamKept(i - 1);
    // A word written without its hamza (`جايزة`), as the store holds it with one (`جائزة`, `بجائزة`).
    const seated = names ? hamzaSeatVariants(token, names.holds).flatMap((form) => cliticVariants(form, names.holds)) : [];
    const inflected = names ? [...seated, ...inflectionVariants(token, names.holds), ...pluralVariants(token, names.holds), ...spokenVariants(token, names.holds)] : [];
    const forms = names
      ? [...cliticVariants(token, names.holds, undefined, bound.has(token)), ...inflected, ...accusativeVariants(token, names.holds, words.arabicWord(i - 1)), ...(marbuta.has(token) ? possessiveVariants(token, names.holds) : []), ...(withWhole !== undefined ? [withWhole] : [])]
      : [token];
    // An Arabic word the store holds only in another inflection or number (`فازت` as `فاز`) is a word of the wire's, no name to spell in the other script (`fast`).
    const spelt = names && nameLike(token, written, names) && !(isArabicScript(token) && inflected.length > 0) ? names.spellingsOf(token) : [];
    // The store's translations of the word as the store holds it (`حولوا` through `حول`).
    const translations = induced ? [...new Set(forms.flatMap((form) => translationsOf(form, induced, bound.has(form))))].filter((term) => !forms.includes(term) && !spelt.includes(term)) : [];
    // A word nothing else bridges: the general dictionary's translations the store holds.
    const asWritten = dictionary && names && translations.length === 0 ? dictionaryTranslations(forms, dictionary, names) : [];
    // An Arabic word the dictionary translates is that word, no name its consonants spell (`إبرة`, needle, no "Abeer": see keptSpellings).
    const nameSpellings = dictionary && isArabicScript(token) && !written.has(token) ? keptSpellings(spelt, asWritten, dictionary) : spelt;
    // A word the dictionary knows only without a glued `ب` (see gluedTranslations) is that word, no name to spell in the other script (`بعرض`, not "bird").
    const withoutB = dictionary && names && translations.length === 0 && asWritten.length === 0 && !bound.has(token) && !written.has(token) ? gluedTranslations(token, dictionary, names) : [];
    const general = nameSpellings.length === 0 && asWritten.length > 0 ? asWritten : withoutB;
    const spellings = withoutB.length > 0 ? [] : nameSpellings;
    // A Latin word no dispatch holds and nothing else bridges, glued of two English words, which the Arabic copy writes in two
    // words ("snowboard", `سنو بورد`: see CompoundLoanSpellings). A word the English copy holds is no loan the Arabic alone tells.
    const split = names?.compounds && !names.holds(token) && translations.length === 0 && spellings.length === 0 && general.length === 0 ? names.compounds.splitSpellingsOf(token, (part) => isEnglishWord(part, names, dictionary)) : [];
    groups.push([...forms.map((form) => [form]), ...spellings.filter((term) => !forms.includes(term)).map((term) => [term]), ...translations.map((term) => [term]), ...general, ...split]);
    translated.push([...translations.map((term) => [term]), ...general]);
    fromDictionary.push(general);
  }
  return { lang: detectQueryLanguage(text), groups, entities, ...(translated.some((list) => list.length > 0) ? { translated } : {}), ...(fromDictionary.some((list) => list.length > 0) ? { dictionary: fromDictionary } : {}) };
}

/**
 * The stored Latin spellings of the two Arabic tokens at `i` glued (see CompoundLoanSpellings), when the store holds neither
 * as it is: the asker spells the other language's loanword, which the wire writes as one word. A word the Arabic copy holds
 * is its own (`اعلى سرعة`, "highest speed", is no "chair"). Pure.
 */
function gluedLoanAt(tokens: readonly string[], i: number, names: NameVocabulary | undefined, skip: ReadonlySet<string>): string[] {
  const [first, second] = [tokens[i], tokens[i + 1]];
  if (!names?.compounds || first === undefined || second === undefined || skip.has(first) || skip.has(second) || names.holds(first) || names.holds(second)) return [];
  return names.compounds.gluedSpellingsOf(first, second);
}

/**
 * The general dictionary's translations (see dictionaryTranslations) of an Arabic word without a glued `ب`, the Gulf's `في`
 * (`بعرض`, "at the show", through `عرض`), when a stem of three letters or more remains: the store may hold the glued form as
 * another word (`بعرض`, "in width"), so the word's forms kept the `ب` on. For the caller to take only where the dictionary
 * has no translation of the word as written.
 */
function gluedTranslations(token: string, dictionary: BilingualDictionary, names: NameVocabulary): string[][] {
  const stem = token.startsWith('ب') ? token.slice(1) : '';
  return isArabicScript(token) && stem.length >= 3 ? dictionaryTranslations([stem], dictionary, names) : [];
}

/** Whether a part of a Latin word is an English word: the store holds it, or the general dictionary translates it. */
function isEnglishWord(part: string, names: NameVocabulary, dictionary: BilingualDictionary | undefined): boolean {
  const [token, ...more] = analyseText(part);
  return token !== undefined && more.length === 0 && (names.holds(token) || (dictionary?.translationsOf(token).length ?? 0) > 0);
}

/** A form's analysed phrase, as one string. */
const keyOf = (form: string) => analyseText(form).join(' ');

/**
 * The lexicon concept matched at a gazetteer topic's place (as many words) when both translate it
 * alike: they share a form in each language (`weather`/`الطقس`, and the lexicon adds `الجو`, `جوية`
 * of `الأرصاد الجوية`), so they are one concept and the question's group holds both lists' forms. A
 * homonym shares at most one language (`traded`/`تداول` of the market against `trade`/`التجارة`).
 */
function sameConcept(entry: { ar: readonly string[]; en: readonly string[] }, concept: { id: string; length: number } | null, length: number): string | undefined {
  if (!concept || concept.length !== length) return undefined;
  const forms = new Set((loadWireLexicon().concepts.get(concept.id) ?? []).map(keyOf));
  const shares = (list: readonly string[]) => list.some((form) => forms.has(keyOf(form)));
  return shares(entry.ar) && shares(entry.en) ? concept.id : undefined;
}

/** The store's spellings of `token` in the other script (see InducedLexicon.speltAlikeOf) that `listed` does not hold, each a phrase. Pure. */
export function loanSpellings(token: string, speltAlikeOf: (token: string) => string[], listed: readonly string[][]): string[][] {
  const held = new Set(listed.map((phrase) => phrase.join(' ')));
  return speltAlikeOf(token).filter((form) => !held.has(form)).map((form) => [form]);
}

/**
 * The store's own translations of a word and its spellings in the other script (see induceLexicon), else the
 * translations of the word without a bare proclitic (`لصفق`), unless it was written with the article.
 */
function translationsOf(token: string, induced: InducedLexicon, articleBound: boolean): string[] {
  const direct = [...induced.translationsOf(token), ...(induced.speltAlikeOf?.(token) ?? [])];
  return direct.length > 0 || articleBound ? direct : withoutProclitic(token).flatMap((bare) => (bare.length >= 3 ? induced.translationsOf(bare) : []));
}

/**
 * Whether a one-word match stands for a word whose first `و` the stemmer took off (`whole`, the word
 * with it, is held by the store): only when the entry itself is written with that `و` (`وزير`); else
 * the `و` was the word's (`وطني` is not `طن`, ton).
 */
function keepsFirstLetter(length: number, forms: readonly string[], whole: string | undefined): boolean {
  return whole === undefined || length > 1 || forms.some((form) => normaliseArabic(form).startsWith('و'));
}

/**
 * Whether a one-word place name is written as a common noun: with the article, which its Arabic name
 * never takes. A place's name always carries the article (`الكويت`, `العراق`) or never does (`كابل`,
 * `قطر`, `دبي`); `الكابل` is the cable, `القطر` a diameter, not Kabul or Qatar.
 */
function commonNounOfName(entry: { kind: string; ar: readonly string[] }, length: number, token: string, articleBound: ReadonlySet<string>): boolean {
  return (entry.kind === 'city' || entry.kind === 'country') && length === 1 && articleBound.has(token) && !entry.ar.some((form) => normaliseArabic(form).startsWith('ال'));
}

/** A one-word city or country read from a word the stemmer cut to its stem and that holds none of its written forms (see isCutNameMatch: `تشيل`, not `تشيلي`). */
function cutPlaceName(entry: { kind: string; ar: readonly string[] }, length: number, written: string): boolean {
  return (entry.kind === 'city' || entry.kind === 'country') && isCutNameMatch(entry.ar, length, written);
}

/**
 * Whether the gazetteer's president is matched in an Arabic word that heads something else or means "main" (`رئيس
 * الاتحاد`, `القاعة الرئيسية`; see readsHeadOfState): the word is then a concept of its own, not a head of state every
 * passage must name.
 */
function otherHead(id: string, text: string, words: WrittenWords, index: number): boolean {
  return id === PRESIDENT && words.arabicWord(index) !== '' && !readsHeadOfState(text, words, index);
}

type PhraseMatcher = (tokens: readonly string[], index: number) => { id: string; length: number } | null;

/**
 * A gazetteer or lexicon match at `index`, else one with the token's bare proclitic taken off
 * (`لكر يد` → `كر يد`, handball): the list of known words decides that `ل` was a preposition.
 * A one-word match needs a stem of three letters left (`وطن` is not `و` + `طن`, ton). A token of
 * a word written with the article (`articleBound`) has no proclitic to take off.
 */
function matchKnownAt(tokens: readonly string[], index: number, match: PhraseMatcher, articleBound: ReadonlySet<string>, holds?: (term: string) => boolean): { id: string; length: number } | null {
  const found = match(tokens, index);
  if (found) return found;
  // A word written without its hamza (`جايزة`, `الكهربا`) the store does not hold: the list of known words decides it is `جائزة`, `الكهرباء`.
  // A final alif is read so only on a noun written with the article: a verb's plural alif (`ودوا`, they took) is no dropped hamza.
  if (!holds?.(tokens[index] as string)) {
    const spoken = articleBound.has(tokens[index] as string) ? finalHamzaForms(tokens[index] as string) : [];
    for (const form of [...hamzaSeatForms(tokens[index] as string), ...spoken]) {
      const seated = match([...tokens.slice(0, index), form, ...tokens.slice(index + 1)], index);
      if (seated) return seated;
    }
  }
  // A noun counted in the accusative (`كم فريقا`, `15 فريقا`): the known word without the alif of the case (`فريق`, team),
  // as withoutAccusative reads it (never a verb's plural alif after waw, `وصلوا`, nor a two-letter stem).
  const stem = withoutAccusative(tokens[index] as string);
  const accusative = stem === undefined ? null : match([...tokens.slice(0, index), stem, ...tokens.slice(index + 1)], index);
  if (accusative && accusative.length === 1) return accusative;
  if (articleBound.has(tokens[index] as string)) return null;
  for (const bare of withoutProclitic(tokens[index] as string)) {
    const retried = match([...tokens.slice(0, index), bare, ...tokens.slice(index + 1)], index);
    if (retried && (retried.length > 1 || bare.length >= 3)) return retried;
  }
  return null;
}

/** Consonants an Arabic word needs to be looked up when the store holds it: three-letter roots collide with English words (`مستو`, `must`). */
const ARABIC_NAME_SKELETON = 4;

/**
 * Whether a question token may be a name to look up in the other script: a Latin word written as
 * a name or one the store does not hold; an Arabic word the store does not hold, or a long one.
 */
function nameLike(token: string, written: ReadonlySet<string>, names: NameVocabulary): boolean {
  if (!names.holds(token)) return true;
  return written.has(token) || (isArabicScript(token) && (nameSkeleton(token)[0]?.length ?? 0) >= ARABIC_NAME_SKELETON);
}

/** A Latin article glued with a hyphen: the word after it is a name (`al-Mutairi`). */
const AFTER_ARTICLE = /\b(?:al|el)[-‐](\p{L}+)/giu;

/** An Arabic family name's shape: the article and a nisba ending (`الشمري`, `والمطيري`). */
const FAMILY_NAME = /(?<![\u0600-\u06FF])و?ال[\u0621-\u064A]{2,}ي(?![\u0600-\u06FF])/gu;

/**
 * Latin words of a question written as names: capitalised after the first word, or after an
 * article (`al-mutairi`), and Arabic words shaped as family names. Their analysed tokens may be
 * looked up in the other script; a lowercase word the store already holds is taken for a common word.
 */
function nameLikeTokens(text: string): Set<string> {
  const found = new Set<string>();
  const words = [...text.matchAll(/\p{L}+/gu)];
  words.forEach((match, i) => {
    if (i > 0 && /^\p{Lu}/u.test(match[0]) && !isArabicScript(match[0])) for (const token of analyseText(match[0])) found.add(token);
  });
  for (const match of text.matchAll(AFTER_ARTICLE)) for (const token of analyseText(match[1] as string)) found.add(token);
  for (const match of text.matchAll(FAMILY_NAME)) for (const token of analyseText(match[0])) found.add(token);
  return found;
}
