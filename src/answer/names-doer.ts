import { type AnswerType, CAPITALISED_NAME, holdsAnswerType } from './answer-type.js';
import { findOccurrences } from '../text/find-occurrences.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { isArabicScript } from '../text/transliterate-name.js';
import { normalised } from './find-speaker.js';
import { findEntities } from '../text/find-entities.js';
import { isArabicTitle, namesTitledArabicSpeaker, withoutArticle } from './names-arabic-person.js';
import { type EntityKind, loadGazetteer } from '../text/gazetteer.js';
import { ATTRIBUTION } from './attribution-verbs.js';
import { speakerDoesIt } from './speaker-does-it.js';
import { namesDoerByKind } from './names-doer-by-kind.js';

/** Where reported speech begins after its verb: "that", a colon or quote, Arabic أن / إن. */
const COMPLEMENT = normalised(/\bthat\b|[:«"]|(?:^|\s)(?:ان|انه|انها|إن|إنه|بان)(?=\s)/iu);
/** A relative clause telling an act of the speaker ("who signed", الذي وقع). */
const RELATIVE = normalised(/\bwho\b|(?:^|\s)(?:الذي|التي|الذين)(?=\s)/iu);
/** How far before its verb a speaker's name may stand ("The ministry of health said"). */
const BEFORE = 45;
/** How far after its verb a speaker may stand when no "that" follows ("…, said Health Minister Ahmad Al-Awadhi."). */
const AFTER = 60;
/** Who may do an act: people, offices (the minister), organisations, companies, countries (Qatar won), clubs (Qadsia topped the table). */
const DOERS: ReadonlySet<EntityKind> = new Set(['person', 'office', 'org', 'company', 'country', 'club']);
/** Two capitalised words in English copy not opening it: a name ("Tareq Al-Bannai"); every one in a sentence. */
const CAPITALISED = new RegExp(CAPITALISED_NAME.source, 'gu');
/**
 * A sentence opening with a name ("Omar Al-Saleh, who signed …") or a capitalised subject and an
 * active verb ("Customs seized", "Police arrested"): the wire's lead names its doer first. Not an
 * article or a pronoun, not a passive ("was raised").
 */
const OPENING_SUBJECT =
  /^(?!(?:The|A|An|It|He|She|They|We|This|That|These|Those|Its|Their|His|Her|In|On|At|By|For|From|After|Before|During|Some|About|More|Most|Over|Up)\b)(\p{Lu}[\p{L}'-]+\s+(?:(?:Al|al|bin|Bin|El|el)[- ])?\p{Lu}[\p{L}'-]+(?=[\s,])|\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*(?=\s+(?!(?:was|were|is|are|has|had|have)\b)[a-z]+(?:ed|s)\b))/u;
/** The last word of a capitalised place ("Flag Square", "Jaber Al-Ahmad Centre"): a place does no act. */
export const PLACE_WORD = /(?:Square|Street|Road|Centre|Center|Hall|Stadium|Park|Island|Tower|Palace|Airport|Hospital|Bridge|City|Beach|Port|Mall|Museum|Complex|Arena)$/u;

/** The stretches of a folded sentence that tell who reports it: the speaker before or after a verb of attribution, up to what is reported. */
function attributionSpans(folded: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // A headline handed to its source: "اللجنة المنظمة: الحفل الختامي مساء الجمعة".
  const colon = /^([^:.]{3,60}):/u.exec(folded);
  if (colon) spans.push([0, colon[1]?.length ?? 0]);
  for (const m of folded.matchAll(ATTRIBUTION)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const rest = folded.slice(end);
    const complement = COMPLEMENT.exec(rest);
    const after = complement && complement.index <= AFTER ? complement.index : Math.min(AFTER, rest.search(/[,،.]|$/u));
    // "Al-X, who signed for Kuwait, said": a speaker told with an act of their own is its doer too.
    // Before its verb the speaker stands after the last comma ("painted by Sara Al-Hamad, the ministry said").
    const from = Math.max(0, at - BEFORE);
    const before = folded.slice(from, at);
    const clause = Math.max(before.lastIndexOf(','), before.lastIndexOf('،')) + 1;
    spans.push([RELATIVE.test(before) ? at : from + clause, end + Math.max(0, after)]);
  }
  return spans;
}

/** A word's start: the text's, or after a non-letter, with an Arabic clitic (و ب ل ف) allowed. */
const WORD_START = /(?:^|[^\p{L}])[وبلف]?$/u;
/** A place word before a name: the name is where the act happened, not who did it ("in Kuwait", في الكويت). */
const LOCATIVE = /(?:\b(?:in|at|to|from)\s+(?:the\s+)?|(?:^|\s)(?:في|الى|من)\s+(?:دوله\s+)?)$/u;
/** A group named by where its members come from ("a team from Jahra Secondary School", `فريق من`): the name is the doer's own, no place of the act. */
const FROM_GROUP = /(?:\b(?:team|teams|squad|side|club|delegation|group|crew|students|pupils|players)\s+from\s+(?:the\s+)?|(?:^|\s)(?:فريق|منتخب|وفد|طلاب|طالبات)\s+من\s+)$/u;

/** Whether one of `forms` occurs as a word in the folded sentence, each time inside a span or after a place word. */
function onlyIn(folded: string, forms: readonly string[], spans: ReadonlyArray<[number, number]>): boolean {
  const at = forms.flatMap((form) => {
    const f = normaliseArabic(form).toLowerCase();
    return findOccurrences(folded, f).flatMap((i): Array<[number, number, number]> => {
      const before = folded.slice(0, i);
      return WORD_START.test(before) && !/^\p{L}/u.test(folded.slice(i + f.length)) ? [[i, i + f.length, LOCATIVE.test(before) && !FROM_GROUP.test(before) ? 1 : 0]] : [];
    });
  });
  // A name the list found by another spelling ("رئيس" for الرئيس) cannot be placed: in an attributed sentence it is taken for the speaker.
  if (at.length === 0) return spans.length > 0;
  return at.every(([start, end, place]) => place === 1 || spans.some(([from, to]) => start >= from && end <= to));
}

/**
 * Whether a sentence names a doer beyond the one who reports it: a person, organisation, company or
 * country (or, in English, a capitalised name that is no place) standing outside the attribution ("X
 * said", "according to", قال، أعلن، أوضح، ذكر، وفقا, a headline's "source:"). Asked "who", a sentence
 * whose only name is its speaker, or that tells the act in the passive, names nobody for it. Arabic
 * copy names people without capitals, so an Arabic sentence with no attribution names its doer when it
 * names a person at all (see holdsAnswerType). Pure.
 */
export function namesDoer(sentence: string): boolean {
  return doerBeyondSpeaker(sentence, attribution(sentence));
}

/** A sentence folded as ATTRIBUTION reads it, and the stretches of it that tell who reports it. */
interface Attribution {
  folded: string;
  spans: Array<[number, number]>;
}

function attribution(sentence: string): Attribution {
  const folded = normaliseArabic(sentence).toLowerCase();
  return { folded, spans: attributionSpans(folded) };
}

/**
 * A person the wire describes by age instead of naming ("a 29-year-old firefighter", "a 12-year-old boy", `طفل في الثانية
 * عشرة`, `شاب عمره 19 عاما`): who did the act, when the wire gives no name. Ages of one or two figures: "a 150-year-old house" is a thing's.
 */
const DESCRIBED_PERSON = normalised(
  /\b(?:an?|the)\s+\d{1,2}-year-old\b|(?:^|\s)[وبل]?(?:ال)?(?:طفل|طفله|طفلا|رجل|رجلا|امراه|شاب|شابا|شابه|فتاه|فتي|صبي|صبيا|مريض|مريضا|مريضه)\s+(?:في\s+ال\S+\s+(?:\S+\s+)?من\s+عمر|عمره|عمرها|يبلغ|تبلغ)/iu,
);

/** namesDoer on a sentence whose attribution is found already (holdsFiller asks namesSpeaker of the same). */
function doerBeyondSpeaker(sentence: string, { folded, spans }: Attribution, kindAnswers = true): boolean {
  const arabic = isArabicScript(sentence);
  const described = DESCRIBED_PERSON.exec(folded);
  if (described && !spans.some(([from, to]) => described.index >= from && described.index < to)) return true;
  // A doer named by its kind ("a charity pays", `تبرعت به شركات محلية`): the wire gives no name to find.
  if (kindAnswers && namesDoerByKind(folded, spans)) return true;
  if (arabic && spans.length === 0) return holdsAnswerType(sentence, 'person');
  const { byId } = loadGazetteer();
  const listed = findEntities(sentence).some((id) => {
    const entry = byId.get(id);
    return entry !== undefined && DOERS.has(entry.kind) && !onlyIn(folded, [...entry.ar, ...entry.en], spans);
  });
  if (listed || arabic) return listed;
  const opening = OPENING_SUBJECT.exec(sentence.trim());
  if (opening && !onlyIn(folded, [opening[1] ?? ''], spans)) return true;
  return [...sentence.matchAll(CAPITALISED)].some((m) => !PLACE_WORD.test(m[0]) && !onlyIn(folded, [m[0]], spans));
}

/**
 * A question asking who said, announced, warned, condemned, spoke or is talking (تحدث، يتكلم، صرح; in Arabic in either
 * gender, since a body or a woman may be asked of: قالت، حذرت، أعلنت), which official or spokesman, according to whom
 * (حسب، وفق), or who at or from a body ("who at the statistics bureau gave the figures"): its act is the
 * attribution itself, the wire naming its officials by what they said.
 */
const SPEECH_ASKED = normalised(
  /\b(?:say|said|says|announce|announced|announces|warn|warned|warns|condemn|condemned|condemns|told|report|reported|declare|declared|confirm|confirmed|state|stated|urge|urged|welcome|welcomed|pledge|pledged|spoke|speak|speaks|speaking|talk|talks|talked|talking|official|officials|spokesman|spokeswoman|spokesperson|according\s+to)\b|\bwho\s+(?:at|from)\s+the\b|(?:^|\s)(?:قال|قالت|يقول|تقول|دعا|دعت|رحب|رحبت|طالب|طالبت|اعلن|اعلنت|يعلن|تعلن|صرح|صرحت|حذر|حذرت|يحذر|تحذر|ادان|ادانت|يدين|اكد|اكدت|ذكر|ذكرت|افاد|افادت|نفي|نفت|تحدث|تحدثت|يتحدث|تتحدث|تكلم|تكلمت|يتكلم|تتكلم|المسؤول|المسؤوله|مسؤول|المتحدث|حسب|وفق|وفقا)(?=\s|$)/iu,
);

/**
 * A verb of stance the asker puts right after "who" ("who expected the crop to reach eight tonnes", "who recommended teaching …",
 * `منو توقع`, `منو اللي بيقترح`): an expectation, estimate, proposal or recommendation the wire reports only as someone's words
 * ("X told KUNA he expected …", `وقال … إنه يتوقع`), so its speaker holds it. Right after the question word only (a frame may come before it: `خبر يوم 22/11: منو توقع`): "who is expected
 * to win" asks a doer. Arabic in either gender and tense, with the colloquial future `ب`/`بي`.
 */
const STANCE_ASKED = normalised(
  /\bwho\s+(?:(?:has|had|have)\s+)?(?:expect|expects|expected|predict|predicts|predicted|forecast|forecasts|forecasted|estimate|estimates|estimated|recommend|recommends|recommended|propose|proposes|proposed|suggest|suggests|suggested)\b|(?:^|[\s:،,])(?:من|مين|منو)\s+(?:(?:هو|هي)\s+)?(?:اللي\s+|الذي\s+|التي\s+)?(?:ب|بي|بت)?(?:توقع|توقعت|يتوقع|تتوقع|اقترح|اقترحت|يقترح|تقترح|قترح|اوصي|اوصت|يوصي|توصي|رجح|رجحت|يرجح|ترجح)(?=\s|$)/iu,
);

/** Whether a "who" question asks for whoever said or announced something: then the speaker is its answer ("who announced the holiday"), and for whoever expected, estimated, proposed or recommended it (see STANCE_ASKED). Pure. */
export function asksSpeaker(question: string): boolean {
  const folded = normaliseArabic(question);
  return SPEECH_ASKED.test(folded) || STANCE_ASKED.test(folded.trim());
}

/**
 * A question asking who holds a post: "who is the president of …", "who is the family affairs director", "the EPA's noise monitoring
 * director" (a body's possessive before the post: up to four words), "the researcher behind the study" (behind: whose work it is), "who leads / heads / coaches …",
 * `منو المدرب`, `من هو رئيس …`, `من يرأس`; who owns or organised a thing ("who owns the mill", `منو نظم`, `من يملك`), whose owner or
 * organiser the wire names as its post ("its owner X told KUNA", `قال منظم المسابقة`). The wire names the holder by the post as it reports what they said
 * ("Society president X said", `وقالت رئيسة الجمعية X`): the speaker answers it.
 */
const ROLE_ASKED = normalised(
  /\bwho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:new\s+|current\s+|former\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:of|at|for|behind)\b|\bwho(?:'s|\s+is|\s+was)\s+the\s+(?:[\p{L}-]+(?:['’]s?)?\s+){0,4}(?:director|head|chairman|chairwoman|chair|president|manager|coordinator|chief|leader|captain|coach|secretary|dean|governor|commander|ambassador|undersecretary|mayor|supervisor)\b|\bwho\s+(?:leads|led|heads|headed|chairs|chaired|runs|ran|directs|directed|manages|managed|coaches|coached|captains|captained|presides|presided|coordinates|coordinated|supervises|supervised|oversees|oversaw|organises|organised|organizes|organized|owns|owned)\b|\bwho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:leading|heading|chairing|running|directing|managing|coaching|coordinating|supervising|overseeing|organising|organizing)\b|\bwho(?:'s|\s+is|\s+was)\s+in\s+charge\b|^(?:من|مين|منو)\s+(?:(?:هو|هي)\s+(?!(?:الذي|التي|اللي|الذين)(?:\s|$))\S+|(?!(?:الذي|التي|اللي|الذين)(?:\s|$))ال\S+)|^(?:من|مين|منو)\s+(?:(?:هو|هي)\s+)?(?:اللي\s+|الذي\s+|التي\s+)?(?:يرأس|ترأس|يترأس|تترأس|يقود|تقود|قاد|قادت|يدير|تدير|يدرب|تدرب|درب|نظم|نظمت|ينظم|تنظم|يملك|تملك)(?=\s|$)/iu,
);

/**
 * The verb of a "who holds the post" question ("who runs the centre", `مين يدير المركز`): it asks for the post's holder,
 * whom the wire names by the post ("centre director Dr. X", `مديرة المركز`), not by the asker's verb. Not a verb that is
 * the post's own name ("who coaches", `مين يدرب`): the wire names the holder by it ("coach X"), and a passage without it
 * names another post.
 */
const ROLE_VERB =
  /\bwho\s+(leads|led|heads|headed|chairs|chaired|runs|ran|directs|directed|manages|managed|presides|presided|coordinates|coordinated|supervises|supervised|oversees|oversaw|organises|organised|organizes|organized|owns|owned)\b|\bwho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(leading|heading|chairing|running|directing|managing|coordinating|supervising|overseeing|organising|organizing)\b|^(?:من|مين|منو)\s+(?:(?:هو|هي)\s+)?(?:اللي\s+|الذي\s+|التي\s+)?(يرأس|ترأس|يترأس|تترأس|يقود|تقود|يدير|تدير|نظم|نظمت|ينظم|تنظم|يملك|تملك)(?=\s|$)/iu;

/** The verb a "who holds the post" question asks with (see ROLE_VERB), as written; undefined for any other question. Pure. */
export function roleVerbAsked(question: string): string | undefined {
  const m = ROLE_VERB.exec(normaliseArabic(question).trim());
  return m?.[1] ?? m?.[2] ?? m?.[3];
}

/** An Arabic "who" opening on a post without the article (`مين رئيس الوفد`, `منو مدير الإدارة`): the post is asked, not a deed. */
const ARABIC_POST_ASKED = /^(?:من|مين|منو)\s+(?:(?:هو|هي)\s+)?(\S+)(?:\s+([^\s؟?]+))?/u;

/** Whether a "who" question asks who holds a post (see ROLE_ASKED, or a title after the question word, of one word or two: `منو أمين سر الاتحاد`): then the speaker named by that post answers it. Pure. */
export function asksRoleHolder(question: string): boolean {
  const folded = normaliseArabic(question).trim();
  const post = ARABIC_POST_ASKED.exec(folded);
  return ROLE_ASKED.test(folded) || isArabicTitle(post?.[1] ?? '') || (post?.[2] !== undefined && isArabicTitle(`${post[1]} ${post[2]}`));
}

/**
 * A noun of the doer's shape (the participle of a derived verb, مُفَعِّل and its kin: `منظمه`, `مشرف`, `منسق`, `مخرج`), folded:
 * after `منو` in construct with a definite noun (`منو منظمة السيرك`) it is a post: a verb of the asking (`مين فاز`) seldom begins with م.
 */
const DOER_NOUN = /^م\p{L}{3,}$/u;

/**
 * The post an Arabic "who holds it" question asks after `من`/`مين`/`منو` (see asksRoleHolder) when no list of
 * titles holds it (`مين النوخذة اللي أشرف على البناء` → `نوخذه`; `منو منظمة السيرك` → `منظمه`, see DOER_NOUN), folded and without the article: the wire giving
 * its speaker by that post and a name (`وقال النوخذة … أحمد الفلاني`) names the holder asked. Else undefined. Pure.
 */
export function askedUnlistedPost(question: string): string | undefined {
  const folded = normaliseArabic(question).trim();
  const asked = ARABIC_POST_ASKED.exec(folded);
  const word = asked?.[1]?.replace(/[^\p{L}]/gu, '');
  if (word !== undefined && isArabicScript(word) && !isArabicTitle(word) && DOER_NOUN.test(word) && /^ال\p{L}{2,}/u.test(asked?.[2] ?? '')) return word;
  if (word === undefined || !ROLE_ASKED.test(folded) || isArabicTitle(word) || !isArabicScript(word)) return undefined;
  const post = withoutArticle(word);
  return post.length >= 3 && post !== word ? post : undefined;
}

/**
 * A name with its post, as English copy gives the holder of one: after a title in lower case ("Society
 * president Reem Al-Yaseen", "project leader Dr. Bashayer Al-Shammari"), after a post opening the sentence
 * (closed class of posts and professions: "Spokeswoman Huda Al-Saleh told …", "Researcher Dr. Maryam X told …", where the capital is the sentence's), or before one after a comma
 * ("Walid Al-Bahar, head of the union"). A capitalised body ("The Directorate General of …") has neither.
 */
const TITLED_NAME =
  /(?<=^(?:Spokes(?:man|woman|person)|Director|Head|Chairman|Chairwoman|President|Coordinator|Manager|Secretary|Undersecretary|Minister|Ambassador|Governor|Coach|Captain|Commander|Chief|Supervisor|Researcher|Professor|Lecturer|Scientist|Consultant|Adviser|Advisor|Inspector|Engineer|Curator|Organiser|Organizer|Founder|Trainer|Referee|Dean|Mayor|Deputy|Official|Officer)\s+(?:(?:Dr|Eng|Prof|Sheikh|Sheikha|Mr|Ms|Mrs)\.?\s+)?)\p{Lu}[\p{L}'-]+\s+(?:(?:Al|al|bin|Bin|El|el)[- ])?\p{Lu}[\p{L}'-]+|(?<=(?:^|[\s(])(?!(?:of|the|and|in|at|for|to|from|by|with|on|an?)\s)[a-z][\p{L}-]*\s+(?:(?:Dr|Eng|Prof|Sheikh|Sheikha|Mr|Ms|Mrs)\.?\s+)?)\p{Lu}[\p{L}'-]+\s+(?:(?:Al|al|bin|Bin|El|el)[- ])?\p{Lu}[\p{L}'-]+|\p{Lu}[\p{L}'-]+\s+(?:(?:Al|al|bin|Bin|El|el)[- ])?\p{Lu}[\p{L}'-]+(?=,\s+(?:the\s+)?[a-z])/gu;
/** The last word of a capitalised body ("Interior Ministry", "Red Crescent Society"): a body speaks, it holds no post. */
export const BODY_WORD = /(?:Ministry|Department|Authority|Council|Company|Society|Union|Association|Committee|Institution|Institute|University|Bank|Club|Agency|Office|Court|Assembly|Municipality|Corporation|Unit|Federation|Organisation|Organization|Fund|Group)$/u;

/**
 * Whether an English sentence gives its speaker by name and post ("Society president Reem Al-Yaseen said …",
 * "…, project leader Dr. Bashayer Al-Shammari told KUNA"): a name with its title (see TITLED_NAME), no place
 * or body, inside the attribution. Arabic copy names people without capitals: there the name is read from where
 * it stands, after the post (namesArabicSpeakerByPost).
 */
function namesSpeaker(sentence: string, { spans }: Attribution, post?: string): boolean {
  if (isArabicScript(sentence)) return namesArabicSpeakerByPost(sentence, post);
  return [...sentence.matchAll(TITLED_NAME)].some((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    return !PLACE_WORD.test(m[0]) && !BODY_WORD.test(m[0]) && spans.some(([from, to]) => start >= from && end <= to);
  });
}

/** How far after its verb an Arabic speaker given by post and name may run (`وقالت منسقة البرنامج في وزارة التربية فلانة الفلانية ل(كونا) إن`). */
const ARABIC_SPEAKER = 100;

/**
 * Whether an Arabic sentence gives its speaker by post and name (see namesTitledArabicSpeaker): the words
 * between a verb of attribution and what is reported (أن / إن, a colon). Arabic writes no capitals, so the
 * name is read from where it stands: after the post, ending the speaker's words.
 */
function namesArabicSpeakerByPost(sentence: string, post?: string): boolean {
  const folded = normaliseArabic(sentence);
  return [...folded.matchAll(ATTRIBUTION)].some((m) => {
    const rest = folded.slice((m.index ?? 0) + m[0].length);
    const complement = COMPLEMENT.exec(rest);
    return complement !== null && complement.index <= ARABIC_SPEAKER && namesTitledArabicSpeaker(rest.slice(0, complement.index), post);
  });
}

/**
 * What a "who" question takes for its answer beyond a doer: the speaker (true: who said it), or a speaker named by
 * name (`holder`: who holds a post, see asksRoleHolder; `{ post }`: an Arabic post no list holds, see askedUnlistedPost).
 */
export type SpeakerAsked = boolean | 'holder' | { post: string };

/**
 * Whether a sentence holds the kind of fact asked (see holdsAnswerType); for "who", a doer beyond
 * the one who reports the act (see namesDoer), unless the act asked is the reporting (`speakerAsked`),
 * or a post whose holder the wire names as its speaker (`holder`: a speaker named by name answers too). A doer named by its
 * kind ("a charity pays") answers unless the question names that kind itself (`kindAnswers` false: see asksDoerOfKind). Pure.
 */
export function holdsFiller(sentence: string, type: AnswerType, speakerAsked: SpeakerAsked = false, kindAnswers = true): boolean {
  if (type !== 'person') return holdsAnswerType(sentence, type);
  // Asked who said it, an Arabic sentence that attributes itself names its speaker, a body or a person.
  if (speakerAsked === true) return holdsAnswerType(sentence, type) || (isArabicScript(sentence) && attribution(sentence).spans.length > 0);
  const told = attribution(sentence);
  return doerBeyondSpeaker(sentence, told, kindAnswers) || speakerDoesIt(sentence) || (speakerAsked !== false && namesSpeaker(sentence, told, typeof speakerAsked === 'object' ? speakerAsked.post : undefined));
}
