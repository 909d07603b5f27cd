import { analyseText } from './analyse-text.js';
import { figureNeighbours } from './figure-neighbours.js';
import { matchEntityAt } from './gazetteer.js';
import { MIN_NAME_SKELETON, skeletonsMatch } from './match-name-across-scripts.js';
import { isArabicScript, nameSkeleton } from './transliterate-name.js';

/** One unit of parallel text: a headline, a lead or a paragraph as the wire gave it in both languages. */
export interface ParallelText {
  en: string;
  ar: string;
  /** the story both come from: a pair counts once per story, however often the story is retold */
  story?: string;
}

/** An English and an Arabic analysed token the parallel texts align. */
export interface InducedPair {
  en: string;
  ar: string;
  /** stories (units, without story keys) where competitive linking joined the two */
  links: number;
  /** Dice of the links against each token's units: 1 when they always come together */
  score: number;
}

/** A lexicon learnt from parallel texts: analysed tokens to their counterparts in the other script. */
export interface InducedLexicon {
  /** strongest first */
  pairs: InducedPair[];
  /** The other script's tokens aligned with an analysed token, strongest first; none for an unknown token. */
  translationsOf(token: string): string[];
  /**
   * The other script's spellings of a word the parallel texts write alike (`zakat`, `زكا`): a
   * word of the wire's own (an institution, a custom, a name) that no list holds. Left out of the
   * alignment (see withoutAnchors), learnt here from units that hold both.
   */
  speltAlikeOf?(token: string): string[];
}

export interface InduceOptions {
  /** units in which a pair must be linked: one is chance on a small store */
  minLinks?: number;
  /** Dice of the links a pair needs */
  minScore?: number;
  /** translations kept per token: a pair must be among the best this many of both its words */
  perToken?: number;
  /**
   * Pairs already known (the hand lexicon's): where a unit holds both words they are linked
   * first and left out, so they take no other word's partner and the texts teach what is not known.
   */
  known?: (en: string, ar: string) => boolean;
}

/** Fitted on the dev stories of the two fortnights (see `eval/print-induced-lexicon.ts`). */
const DEFAULTS: Required<Omit<InduceOptions, 'known'>> = { minLinks: 2, minScore: 0.5, perToken: 2 };

/** Shortest analysed token aligned: two-letter stems (`مل` for مليون) are too ambiguous to translate. */
const MIN_TOKEN = 3;

/**
 * Tokens of one side worth aligning (short ones are dropped after the names are paired, see
 * withoutAnchors: `Al-Ali` is `عل`): the script's own words, no figures, none of a gazetteer name
 * (names are the gazetteer's and the name matcher's job, and they would crowd out the common words).
 */
function alignable(text: string, arabic: boolean): string[] {
  const tokens = analyseText(text);
  const named = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const match = matchEntityAt(tokens, i);
    if (match) for (let j = i; j < i + match.length; j += 1) named.add(j);
  }
  return [...new Set(tokens.filter((token, i) => !named.has(i) && !/\d/.test(token) && isArabicScript(token) === arabic))];
}

/** One word's consonant skeleton, when it has a single one of two consonants or more (`ضرار`, `Dherar`: `DR`). */
const skeletonOf = (token: string): string | undefined => {
  const [skeleton, ...more] = nameSkeleton(token);
  return more.length === 0 && skeleton !== undefined && skeleton.length >= 2 ? skeleton : undefined;
};

/**
 * A unit's tokens without its anchors: names spelt alike in both scripts (`motegi`, `موتيغ`) and
 * pairs already known. They are not words to learn, and would crowd out those that are. The pairs
 * spelt alike (not known, of a Latin skeleton long enough to mean something) are returned as `spelt`.
 */
function withoutAnchors(en: string[], ar: string[], known: InduceOptions['known']): { en: string[]; ar: string[]; spelt: string[] } {
  const enSkeletons = en.map(skeletonOf);
  const arSkeletons = ar.map(skeletonOf);
  const pairedEn = new Set<number>();
  const pairedAr = new Set<number>();
  const spelt: string[] = [];
  en.forEach((e, i) =>
    ar.forEach((a, j) => {
      const [x, y] = [enSkeletons[i], arSkeletons[j]];
      const alike = x !== undefined && y !== undefined && skeletonsMatch(x, y);
      if (alike || known?.(e, a)) {
        pairedEn.add(i);
        pairedAr.add(j);
      }
      if (alike && !known?.(e, a) && (x as string).length >= MIN_NAME_SKELETON) spelt.push(key(e, a));
    }),
  );
  const learnable = (token: string, k: number, paired: Set<number>) => !paired.has(k) && token.length >= MIN_TOKEN;
  return { en: en.filter((token, i) => learnable(token, i, pairedEn)), ar: ar.filter((token, j) => learnable(token, j, pairedAr)), spelt };
}

/**
 * Pairs spelt alike in `minLinks` units or more (a headline and its lead will do: the spelling is
 * the evidence, the second unit shows it is no accident), each word's partners most often joined first.
 */
function speltAlike(units: ReadonlyArray<{ spelt: readonly string[] }>, minLinks: number): Map<string, string[]> {
  const counts = new Map<string, number>();
  for (const unit of units) for (const k of new Set(unit.spelt)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= minLinks).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return partnersByWord(kept.map(([k]) => pairOf(k)));
}

/** Each word's partners in the other script, both ways, in the order the pairs come. */
function partnersByWord(pairs: ReadonlyArray<{ en: string; ar: string }>): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const { en, ar } of pairs) for (const [from, to] of [[en, ar], [ar, en]] as const) byWord.set(from, [...(byWord.get(from) ?? []), to]);
  return byWord;
}

/** Pairs of a unit's learnable words that follow the same figure in both versions (`12.6 points`, `12ر6 نقطة`). */
function countedAlike(text: ParallelText, tokens: { en: string[]; ar: string[] }): Set<string> {
  const arabic = figureNeighbours(text.ar);
  const pairs = new Set<string>();
  for (const [figure, en] of figureNeighbours(text.en)) {
    const ar = arabic.get(figure);
    if (ar !== undefined && tokens.en.includes(en) && tokens.ar.includes(ar)) pairs.add(key(en, ar));
  }
  return pairs;
}

const key = (en: string, ar: string) => `${en}\u0000${ar}`;
/** The pair a key stands for. */
function pairOf(k: string): { en: string; ar: string } {
  const [en = '', ar = ''] = k.split('\u0000');
  return { en, ar };
}
const dice = (joint: number, a: number, b: number) => (2 * joint) / (a + b);

/** How much a unit's word order counts against a pair: words at the two ends of their sentences lose half their Dice. */
const ORDER_WEIGHT = 0.5;

/** Each token's place in its unit, 0 (first) to 1 (last). */
function placesOf(tokens: readonly string[]): Map<string, number> {
  return new Map(tokens.map((token, i) => [token, tokens.length > 1 ? i / (tokens.length - 1) : 0.5]));
}

/**
 * Learns a bilingual lexicon from parallel texts (the same story's headline, lead, paragraphs in
 * Arabic and English): counts in how many units each token and each English–Arabic pair occur,
 * then links, unit by unit, the pairs of highest Dice first, each token to one partner at most
 * (competitive linking, Melamed 2000: a frequent word cannot pair with everything beside it). Words
 * that always come together (a market report's "index", "points", "percent") tie on Dice; there
 * the unit's word order decides, a translation keeping its words at about the same place. A pair
 * is kept when it is linked in `minLinks` stories or more and its links' Dice reaches `minScore`.
 * Figures, gazetteer names and words spelt alike in both scripts are left out of the alignment; the
 * last are kept as each other's spellings (see speltAlikeOf). Pure, deterministic.
 */
export function induceLexicon(texts: readonly ParallelText[], options: InduceOptions = {}): InducedLexicon {
  const { minLinks, minScore, perToken, known } = { ...DEFAULTS, ...options };
  const units = texts.map((text, i) => {
    const tokens = withoutAnchors(alignable(text.en, false), alignable(text.ar, true), known);
    return { story: text.story ?? `#${i}`, ...tokens, counted: countedAlike(text, tokens) };
  });
  const seen = new Map<string, number>();
  const joint = new Map<string, number>();
  const bump = (map: Map<string, number>, k: string) => map.set(k, (map.get(k) ?? 0) + 1);
  for (const unit of units) {
    for (const token of [...unit.en, ...unit.ar]) bump(seen, token);
    for (const en of unit.en) for (const ar of unit.ar) bump(joint, key(en, ar));
  }
  const linkedIn = new Map<string, Set<string>>();
  const linkedUnits = new Map<string, number>();
  for (const unit of units) {
    const [enPlace, arPlace] = [placesOf(unit.en), placesOf(unit.ar)];
    const candidates = unit.en.flatMap((en) =>
      unit.ar.map((ar) => {
        const together = joint.get(key(en, ar)) ?? 0;
        const apart = Math.abs((enPlace.get(en) ?? 0) - (arPlace.get(ar) ?? 0));
        return { en, ar, together, score: dice(together, seen.get(en) ?? 0, seen.get(ar) ?? 0) * (1 - ORDER_WEIGHT * apart) };
      }),
    );
    // Words after the same figure first, then by Dice and order.
    const first = (c: { en: string; ar: string }) => (unit.counted.has(key(c.en, c.ar)) ? 1 : 0);
    candidates.sort((a, b) => first(b) - first(a) || b.score - a.score || b.together - a.together || a.en.localeCompare(b.en) || a.ar.localeCompare(b.ar));
    const linkedEn = new Set<string>();
    const linkedAr = new Set<string>();
    for (const c of candidates) {
      if ((c.together < minLinks && first(c) === 0) || linkedEn.has(c.en) || linkedAr.has(c.ar)) continue;
      linkedEn.add(c.en);
      linkedAr.add(c.ar);
      const k = key(c.en, c.ar);
      linkedIn.set(k, (linkedIn.get(k) ?? new Set()).add(unit.story));
      bump(linkedUnits, k);
    }
  }
  const linked: InducedPair[] = [];
  for (const [k, stories] of linkedIn) {
    const { en, ar } = pairOf(k);
    const score = dice(linkedUnits.get(k) ?? 0, seen.get(en) ?? 0, seen.get(ar) ?? 0);
    if (stories.size >= minLinks && score >= minScore) linked.push({ en, ar, links: stories.size, score });
  }
  linked.sort((a, b) => b.score - a.score || b.links - a.links || a.en.localeCompare(b.en) || a.ar.localeCompare(b.ar));
  // Each word's best partners, strongest first; a pair stays when it is among the best of both words.
  const best = partnersByWord(linked);
  const among = (from: string, to: string) => (best.get(from) ?? []).slice(0, perToken).includes(to);
  const pairs = linked.filter(({ en, ar }) => among(en, ar) && among(ar, en));
  const byToken = partnersByWord(pairs);
  const spelt = speltAlike(units, minLinks);
  return { pairs, translationsOf: (token) => byToken.get(token) ?? [], speltAlikeOf: (token) => spelt.get(token) ?? [] };
}
