import { analyseText } from '../text/analyse-text.js';
import { PER_CENT } from './asks-share.js';
import { CURRENCY_TOKENS } from './currency-words.js';
import type { Concept } from './weigh-concepts.js';

/**
 * Units of measure as the wire writes them after a figure, in both languages (a closed class): a
 * share ("7 per cent", `7 في المئة`), a length, an area, a weight, a volume, a temperature, a speed.
 */
const MEASURE_WORDS: readonly string[] = [
  'percent', 'pct', 'metre', 'metres', 'meter', 'meters', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'centimetre', 'centimetres',
  'cm', 'millimetre', 'millimetres', 'mm', 'mile', 'miles', 'kilogram', 'kilograms', 'kg', 'gram', 'grams', 'tonne', 'tonnes', 'ton', 'tons',
  'litre', 'litres', 'liter', 'liters', 'hectare', 'hectares', 'degree', 'degrees', 'knots',
  'المئة', 'المائة', 'بالمئة', 'متر', 'أمتار', 'مترا', 'كيلومتر', 'كيلومترا', 'كيلومترات', 'كم', 'سنتيمتر', 'سنتيمترا', 'سنتيمترات', 'ملليمتر',
  'ملليمترا', 'مليمتر', 'ملم', 'ميل', 'أميال', 'كيلوغرام', 'كيلوغراما', 'كيلوغرامات', 'كغ', 'كلغ', 'غرام', 'غراما', 'طن', 'طنا', 'أطنان', 'لتر',
  'لترا', 'لترات', 'هكتار', 'هكتارا', 'درجة', 'درجات', 'عقدة',
];

/** The units of measure as the analyser leaves them. */
const UNIT_TOKENS: ReadonlySet<string> = new Set(MEASURE_WORDS.flatMap((word) => analyseText(word)));

/** Words the wire writes between a figure and its unit ("per cent", "square metres", "cubic metres"). */
const UNIT_LEADS: ReadonlySet<string> = new Set(['per', 'square', 'sq', 'cubic'].flatMap((word) => analyseText(word)));

/** "per cent" as the analyser leaves it ("per", "cent"): a share. */
const CENT = analyseText('cent')[0] ?? 'cent';

/**
 * Where the unit of measure a figure ending at `end` carries ends (`end` when it has none): the figure with its
 * unit is one amount, and a unit that is a number word too (`المئة`, the hundred of `7 في المئة`) counts nothing. Pure.
 */
export function unitEnd(tokens: readonly string[], end: number): number {
  const unit = unitAfter(tokens, end);
  return unit === undefined ? end : tokens[end + 1] === unit ? end + 1 : end + 2;
}

/** The unit of measure a figure ending at `end` carries right after it, if any ("300 metres", "7 per cent", "40 square km", `7 في المئة`). */
function unitAfter(tokens: readonly string[], end: number): string | undefined {
  const next = tokens[end + 1] ?? '';
  if (UNIT_TOKENS.has(next)) return next;
  const then = tokens[end + 2] ?? '';
  if (UNIT_LEADS.has(next) && (UNIT_TOKENS.has(then) || then === CENT)) return then;
  return undefined;
}

/**
 * Whether the figure at `tokens[start..end]` is an amount of money ("KD 5", `420 ألف دينار`) or a
 * measure ("7 per cent", "300 metres", "20 tonnes", `7 في المئة`): asked how many of a thing, it counts
 * none ("visitors rose 7 per cent" counts no visitors). A unit asked itself keeps its figures a count:
 * "how many metres" the metres, "how many dinars" (any money asked) every amount of money. `moneyCounts`:
 * the question may ask the thing's money (a bare `كم منحة`, how much is the grant), so an amount of money
 * counts it too. `shareCounts`: the question asks a part of a group ("how many of the patients", see asksPartOf), so a
 * share of it ("82 per cent of the patients") counts that part. Pure.
 */
export function countsOtherThing(tokens: readonly string[], start: number, end: number, counted: Concept, moneyCounts = false, shareCounts = false): boolean {
  const asked = new Set(counted.group.flat());
  if (CURRENCY_TOKENS.has(tokens[start - 1] ?? '') || CURRENCY_TOKENS.has(tokens[end + 1] ?? '')) return !moneyCounts && ![...asked].some((token) => CURRENCY_TOKENS.has(token));
  const unit = unitAfter(tokens, end);
  return unit !== undefined && !asked.has(unit) && !(shareCounts && SHARE_UNITS.has(unit));
}

/** The units of a share as the analyser leaves them: the per cent words (asks-share's PER_CENT), "per cent", "pct", `بالمئة`. A share of a group counts a part of it. */
const SHARE_UNITS: ReadonlySet<string> = new Set([CENT, ...PER_CENT, ...['pct', 'بالمئة'].flatMap((word) => analyseText(word))]);
