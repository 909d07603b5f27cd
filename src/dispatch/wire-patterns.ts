import { markerPattern } from './agency-markers.js';
import { MONTH_NAMES } from '../text/month-names.js';

/**
 * Patterns over a line's match form (see wire-line-forms.ts). Each is anchored or has bounded
 * quantifiers only, so matching stays linear in the line's length.
 */
export const datePattern = /^(?:التاريخ|Date)\s*:\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/i;

const dash = '(?:--|—|–|-)';
const marker = `\\(\\s*(${markerPattern})\\s*\\)`;

/** `بكين - 4 - 2 (كونا) --`; the city may be several words (`مدينة الكويت`). */
export const arabicDatelinePattern = new RegExp(
  `^([^()\\d-][^()\\d]{0,40}?)\\s*-\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*${marker}\\s*(?:${dash}\\s*)?`,
  'i',
);

/**
 * `KUWAIT, Feb 4 (KUNA) --`, `NEW YORK, Sept 30 (KUNA) --`; a city abroad may carry its country
 * (`FUJAIRAH, UAE, May 5 (KUNA) --`): group 1 is the city alone, as the Arabic dateline writes it.
 */
export const englishDatelinePattern = new RegExp(
  `^([A-Za-z][A-Za-z .'’-]{0,40}?)(?:\\s*,\\s*[A-Za-z][A-Za-z .'’-]{0,30}?)?\\s*,\\s*([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})\\s*${marker}\\s*(?:${dash}\\s*)?`,
  'i',
);

/** `(كونا) –` with no city and no date, as Arabic reposts open; group 1 is the marker. */
export const markerOnlyDatelinePattern = new RegExp(`^${marker}\\s*${dash}\\s*`, 'i');

/** `الكويت (كونا) --`, `KUWAIT (KUNA) --`: a city and the marker, no day and month. */
export const cityOnlyDatelinePattern = new RegExp(`^([^()\\d-][^()\\d]{0,40}?)\\s*-?\\s*${marker}\\s*${dash}\\s*`, 'i');

/** An agency marker anywhere in a line, e.g. at the end of a flash. */
export const markerInLinePattern = new RegExp(marker, 'i');

/** `عاجل: …`, `عاجل - …`, `URGENT -- …`, `FLASH -- …`; group 2 is the flash text. */
export const flashPattern = /^(عاجل|URGENT|FLASH)\s*(?::|--|—|–|-)\s*(\S.*)$/i;

/** Editors' initials: `س ل ق / ن ع ع` or `ast.gb`, `ast.gb/ms`. */
const arabicInitials = '[\\u0621-\\u064A]{1,3}(?: [\\u0621-\\u064A]{1,3}){0,4}(?: ?\\/ ?[\\u0621-\\u064A]{1,3}(?: [\\u0621-\\u064A]{1,3}){0,4}){0,3}';
export const arabicInitialsPattern = new RegExp(`^${arabicInitials}$`);
export const englishInitialsPattern = /^[a-z]{1,5}(?:[./][a-z]{1,5}){1,4}$/;
/** One lowercase group (`mke`, `ibi`): initials only right after an end marker. */
export const singleInitialsPattern = /^[a-z]{2,5}$/;

/**
 * `(النهاية)` or `(end)` at the end of a line, glued or alone, maybe followed on the same line by
 * the initials (`(end) ibi`, `(end) mzh.mt`, `(النهاية) ر ج`); group 1 is those initials.
 */
export const endMarkerPattern = new RegExp(
  `\\s*\\((?:النهاية|انتهى|end)\\)\\s*(?:([a-z]{2,5}(?:[./][a-z]{1,5}){0,4}|${arabicInitials}))?\\s*$`,
  'i',
);

/** Whether a cleaned line is an editors' initials line. */
export function isInitials(line: string): boolean {
  return line.length <= 40 && (arabicInitialsPattern.test(line) || englishInitialsPattern.test(line));
}

/** Each English form of a month's name, lower case (month-names.ts: the name, its first three letters, `sept`), and its number. */
const monthByName = new Map(MONTH_NAMES.flatMap((month, i) => [month.english, ...month.englishShort].map((name) => [name, i + 1] as const)));

/** `Feb`, `February`, `Sept` → 2, 2, 9; undefined when not a month. */
export function monthNumber(name: string): number | undefined {
  return monthByName.get(name.toLowerCase());
}
