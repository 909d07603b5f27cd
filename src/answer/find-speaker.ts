import { agencyMarkers, namePattern } from '../dispatch/agency-markers.js';
import type { Lang } from '../dispatch/dispatch-types.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { findEntities } from '../text/find-entities.js';
import { type EntityKind, loadGazetteer } from '../text/gazetteer.js';
import { matchNameAcrossScripts } from '../text/match-name-across-scripts.js';
import { findUnlistedSpeakers } from './find-unlisted-speakers.js';
import { ARABIC_SPEECH_VERBS, ENGLISH_SPEECH_VERBS } from './speech-verbs.js';

/** The speaker of a sentence the wire attributes to a source it does not name ("a statement said", "sources said"). */
export const UNNAMED_SOURCE = 'unnamed-source';
/** Prefix of a speaker found by a name the question asked about and no list holds (`name:المطيري`). */
const NAME_PREFIX = 'name:';
/** Prefix of a speaker the wire names as the subject of a verb of speech and no list holds (`unlisted:Amal Al-Ajmi`, see find-unlisted-speakers.ts). */
const UNLISTED_PREFIX = 'unlisted:';

/** Whether a speaker is one no list holds, found by how the sentence names them: its id is its spelling, so it differs between a story's two languages. */
export const isUnlistedSpeaker = (id: string): boolean => id.startsWith(UNLISTED_PREFIX);

/** A pattern written as Arabic is spelled, matched on normalised text (أ → ا, ى → ي). */
export function normalised(pattern: RegExp): RegExp {
  return new RegExp(normaliseArabic(pattern.source), pattern.flags);
}

/**
 * A sentence that goes on with the speaker before it: a pronoun subject ("He added …") or, in
 * Arabic, a verb of speech with no subject of its own, of a man or a woman (`وأضاف أن …`, `وأشارت إلى …`), or one whose
 * subject is only a title (`وأضاف الوزير …`). Matched on normalised text (أ → ا).
 */
const CONTINUATION = normalised(
  /^(?:(?:and |but )?(?:he|she) (?:also )?(?:added|said|stressed|noted|expressed|pointed|called|praised|explained|urged|warned|affirmed|told|advised|announced|revealed|indicated|confirmed|mentioned|recommended|reiterated|emphasi[sz]ed|highlighted|cautioned)|(?:the (?:minister|official|ambassador|envoy|president|secretary[- ]general) (?:added|said|noted|stressed))|و?(?:اعرب|اضاف|اكد|لفت|اشار|قال|شدد|اوضح|تابع|دعا|اشاد|ذكر|بين|نوه|حذر|طالب)ت?\s+(?:ان|إن|انه|إنه|عن|الى|إلى|في|على|قائلا|بان|ب|:|«|"|ل|الوزير|السفير|المسؤول|الرئيس|الامين العام)(?=[\s\u0600-\u06FF:«"]))/iu,
);
/** Verbs of reported speech; the person named closest to one is the speaker. */
const SPEECH = normalised(
  new RegExp([...ARABIC_SPEECH_VERBS, 'القول', 'تعهد', 'نقل', ...ENGLISH_SPEECH_VERBS, 'remarks', 'quoted'].join('|'), 'giu'),
);
/** Words that hand a sentence to a source the wire does not name as a person; not an agency spoken to (`لوكالة`, see ADDRESSED). */
const HANDOVER = normalised(/\b(?:statement|report(?:ed|s)?|according to|sources?|quoted|spokesperson|spokesman)\b|بيان|وفقا|نقلا عن|حسب|مصادر|ذكرت|افادت|(?<!ل)وكالة/iu);
/** How far (in characters) a name may stand after its verb ("رحب الأمين العام لمجلس التعاون … البديوي"). */
const AFTER_VERB = 70;
/** How far a name may stand before its verb ("Antonio Guterres called"). */
const BEFORE_VERB = 40;
/** Who can speak: people, and the organisations (agencies, ministries, companies) a sentence may be handed to. */
const SPEAKING_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'org', 'company']);

const fold = (text: string) => normaliseArabic(text).toLowerCase();

/** Sentences of a paragraph, cut after . ! ? ؟ before a capital or an Arabic letter; decimals, `U.S.` and a title before a name ("Dr. Reem") stay whole. */
export function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[^\s.]{2}[.!?؟])(?<!\b(?:Dr|Mr|Mrs|Ms|Eng|Prof|Gen|Col|Capt|Lt|Maj|Sgt|St|No)\.)\s+(?=["«(]?[\p{Lu}\u0600-\u06FF])/u).filter((s) => s.trim().length > 0);
}

interface Named {
  id: string;
  distance: number;
}

/** Where each of `forms` occurs in the folded sentence. */
function positions(folded: string, forms: readonly string[]): number[] {
  return forms.map((form) => folded.indexOf(fold(form))).filter((at) => at >= 0);
}

/**
 * What stands before the one a speaker addresses: "told" ("X told KUNA", "told the news agency") or the Arabic `ل`
 * (`ل(كونا)`, `لوام`, `لوكالة`). The wire names the agency it spoke to there, which says nothing; any agency's
 * entity is read so, none is written here.
 */
const ADDRESSED = normalised(/(?:\btold\s+(?:the\s+)?|(?:^|[\s(])ل\s*\(?\s*)$/iu);
/**
 * An agency's full name and the opening bracket of its marker (`Kuwait News Agency (`, `وكالة الأنباء الكويتية (`): the
 * marker after it (`… (KUNA)`, `… (كونا)`) is the one addressed when the name is (every agency of agency-markers.ts).
 */
const NAME_BEFORE_MARKER = normalised(new RegExp(`(?:${namePattern})\\s*\\(\\s*$`, 'iu'));
/** How far before a form what addresses it may begin: the longest agency name and its bracket after "told the ". */
const ADDRESS_REACH = 16 + Math.max(...agencyMarkers.flatMap(({ names }) => names.map((name) => name.length + 3)));

/** Whether what stands before a form addresses it ("told KUNA", "told Kuwait News Agency (KUNA)", `لوكالة الأنباء الكويتية (كونا)`). */
function addressed(before: string): boolean {
  const bare = before.replace(NAME_BEFORE_MARKER, '');
  return ADDRESSED.test(bare.slice(Math.max(0, bare.length - 16)));
}

/** Where each of `forms` occurs in the folded sentence as the one spoken to, not the speaker (see ADDRESSED): left out. */
const spokenBy = (folded: string, at: readonly number[]) => at.filter((a) => !addressed(folded.slice(Math.max(0, a - ADDRESS_REACH), a)));

function nearest(at: readonly number[], verbs: readonly number[]): number | null {
  const near = at.flatMap((a) => verbs.map((v) => v - a)).filter((d) => (d >= 0 ? d <= BEFORE_VERB : -d <= AFTER_VERB)).map(Math.abs);
  return near.length === 0 ? null : Math.min(...near);
}

/** How far a source (an agency, an organisation) may stand from its verb to be its subject ("وأوضحت وكالة … شينخوا", "Xinhua reported"). */
const SOURCE_NEAR = 45;

/**
 * Who a sentence names next to a verb of speech: `person`, a listed person or a name the question
 * asked about, the closest within reach of a verb, else a person no list holds whom the sentence gives
 * as the verb's subject; `source`, an agency or organisation standing
 * right by a verb as its subject (offices are left out: wires re-name the speaker by title).
 */
function namedIn(sentence: string, askedNames: readonly string[]): { person: string | null; source: string | null } {
  const folded = fold(sentence);
  const verbs = [...folded.matchAll(SPEECH)].map((m) => m.index ?? 0);
  if (verbs.length === 0) return { person: null, source: null };
  const { byId } = loadGazetteer();
  const people: Named[] = [];
  const sources: Named[] = [];
  for (const id of new Set(findEntities(sentence))) {
    const entry = byId.get(id);
    if (!entry || !SPEAKING_KINDS.has(entry.kind)) continue;
    const distance = nearest(spokenBy(folded, positions(folded, [...entry.ar, ...entry.en])), verbs);
    if (distance === null) continue;
    if (entry.kind === 'person') people.push({ id, distance });
    else if (distance <= SOURCE_NEAR) sources.push({ id, distance });
  }
  for (const word of sentence.split(/[\s,،.«»"()]+/)) {
    if (!word || !askedNames.some((name) => matchNameAcrossScripts(name, word))) continue;
    const distance = nearest(positions(folded, [word]), verbs);
    if (distance !== null) people.push({ id: `${NAME_PREFIX}${word}`, distance });
  }
  // a person nobody listed, where the sentence gives them as the verb's subject (past the reach above: "X, who heads …, told");
  // one the question asks about by a word of the name is theirs, as above; a listed or asked-about person near a verb comes first
  if (people.length === 0) {
    for (const name of findUnlistedSpeakers(sentence)) {
      const asked = name.split(/\s+/).find((word) => askedNames.some((askedName) => matchNameAcrossScripts(askedName, word)));
      people.push({ id: asked ? `${NAME_PREFIX}${asked}` : `${UNLISTED_PREFIX}${name}`, distance: AFTER_VERB });
    }
  }
  const closest = (list: Named[]) => list.sort((a, b) => a.distance - b.distance)[0]?.id ?? null;
  return { person: closest(people), source: closest(sources) };
}

/** One sentence of a dispatch and who the wire says it is from (null: nobody). */
export interface AttributedSentence {
  text: string;
  speaker: string | null;
}

/**
 * Who says each sentence of paragraph `index`. A sentence that names a speaker next to a verb of
 * speech is theirs; one that continues ("He added", `وأضاف أن`) or simply follows keeps the
 * speaker before it; a sentence the wire gives to someone else (an agency such as Xinhua, a
 * statement, another official) hands over, and what follows stays with that source. A paragraph
 * opens with nobody unless it continues the last speaker named before it (over paragraphs that name
 * nobody: "She added" after a line of figures is still hers).
 * `askedNames` are names from the question that no list holds, matched across scripts.
 */
export function attributeSentences(paragraphs: readonly string[], index: number, askedNames: readonly string[] = []): AttributedSentence[] {
  return attributeParagraph(paragraphs[index] ?? '', () => lastSpeaker(paragraphs, index, askedNames), askedNames);
}

/** Who says each sentence of one paragraph (see attributeSentences); `before` gives the speaker a continuing first sentence goes on with, asked only then. */
function attributeParagraph(paragraph: string, before: () => string | null, askedNames: readonly string[]): AttributedSentence[] {
  const result: AttributedSentence[] = [];
  let current: string | null = null;
  splitSentences(paragraph.trim()).forEach((sentence, i) => {
    const folded = fold(sentence.trim());
    const named = namedIn(sentence, askedNames);
    if (named.person !== null) current = named.person;
    else if (CONTINUATION.test(folded)) current = i === 0 ? before() : current;
    else if (named.source !== null) current = named.source;
    else if (new RegExp(SPEECH.source, 'iu').test(folded) && HANDOVER.test(folded)) current = UNNAMED_SOURCE;
    else if (i === 0) current = null;
    result.push({ text: sentence, speaker: current });
  });
  return result;
}

/**
 * Who a continuing sentence at the start of paragraph `index` ("She added", `وأشارت إلى أن`) goes on with: the last speaker
 * named before it, over paragraphs that name nobody (a figure, a background line). Read forward once, each paragraph from
 * the one before, so a long run of continuing paragraphs costs one pass.
 */
function lastSpeaker(paragraphs: readonly string[], index: number, askedNames: readonly string[]): string | null {
  let last: string | null = null;
  for (let i = 0; i < index; i += 1) {
    const carried: string | null = last;
    last = attributeParagraph(paragraphs[i] ?? '', (): string | null => carried, askedNames).at(-1)?.speaker ?? carried;
  }
  return last;
}

/**
 * Who speaks at the start of paragraph `index` (a gazetteer id, `name:…` for an asked name no list
 * holds, `unlisted:…` for a name no list holds that the wire gives as a verb's subject, or UNNAMED_SOURCE): see attributeSentences. Null when the wire does not say.
 */
export function findSpeaker(paragraphs: readonly string[], index: number, askedNames: readonly string[] = []): string | null {
  return attributeSentences(paragraphs, index, askedNames)[0]?.speaker ?? null;
}

/** A speaker's name as the reader's language writes it; null for a source the wire does not name. */
export function speakerName(id: string, lang: Lang): string | null {
  if (id === UNNAMED_SOURCE) return null;
  if (id.startsWith(NAME_PREFIX)) return id.slice(NAME_PREFIX.length);
  if (isUnlistedSpeaker(id)) return id.slice(UNLISTED_PREFIX.length);
  const entry = loadGazetteer().byId.get(id);
  return (lang === 'ar' ? entry?.ar[0] : entry?.en[0]) ?? id;
}
