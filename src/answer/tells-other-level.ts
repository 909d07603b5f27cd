import { agencyHomeCountryNames } from '../dispatch/agency-home.js';
import { escapeRegExp } from '../dispatch/agency-markers.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { AR_END } from '../text/arabic-word-bounds.js';
import { tellsOnlyOtherKinds } from './kinds-named.js';

const CONTEST_EN = String.raw`(?:championships?|league|tournament|cup|games|open|nationals)`;
const CONTEST_AR = '(?:بطوله|البطوله|دوري|الدوري|كاس|منافسات|دوره|الدوره)';

/**
 * The reach of a contest, by the word each language writes it with by the contest's name (Arabic normalised: ة → ه): a
 * national one ("the national championship", "the nationals", "the local league", `البطولة المحلية`, `بطولة الأندية
 * المحلية`, `البطولة الوطنية`), or one of a region or the world ("the Asian championship", "the Gulf Cup", `البطولة
 * الآسيوية`, `بطولة الخليج`, `بطولة العالم`). A closed class: one sport's national and continental contests run apart. A
 * "national team" is the country's side in any of them, not a contest's reach. Built once (it reads the gazetteer).
 */
function buildLevels(): ReadonlyArray<readonly [string, RegExp]> {
  // The wire's home countries (every listed agency's): a contest named after one is its national one ("the Kuwait Open", `بطولة الكويت`).
  const homes = agencyHomeCountryNames();
  const homeEn = homes.en.map(escapeRegExp).join('|');
  const homeAr = homes.ar.map((name) => escapeRegExp(normaliseArabic(name))).join('|');
  return [
    ['national', new RegExp(String.raw`\b(?:national|local|domestic|${homeEn})\s+(?:[\w-]+\s+){0,2}?${CONTEST_EN}\b|\bnationals\b|${CONTEST_AR}(?:\s+\S+){0,2}?\s+(?:ال)?(?:محلي|محليه|وطنيه)${AR_END}|${CONTEST_AR}\s+(?:${homeAr})${AR_END}`, 'iu')],
    ['regional', new RegExp(String.raw`\b(?:asian|gulf|gcc|arab|west\s+asian|world|olympic|international|continental)\s+(?:[\w-]+\s+){0,2}?${CONTEST_EN}\b|${CONTEST_AR}\s+(?:ال)?(?:اسيويه|خليجيه|عربيه|عالميه|دوليه|اولمبيه)${AR_END}|${CONTEST_AR}\s+(?:اسيا|الخليج|العرب|العالم|غرب\s+اسيا)${AR_END}`, 'iu')],
  ];
}
let levels: ReadonlyArray<readonly [string, RegExp]> | undefined;

/**
 * Whether a passage tells only a contest of another reach than the one a question asks: asked who won at the national
 * sambo championship, a passage (with its story's headline and lead and the paragraph before) telling the Asian one,
 * and no national contest, tells another contest's result. A question naming no reach vetoes nothing. `texts` are the
 * passage and what stands around it. Pure.
 */
export function tellsOtherLevel(question: string, texts: readonly string[]): boolean {
  levels ??= buildLevels();
  return tellsOnlyOtherKinds(levels, question, texts);
}
