import { markerPattern } from './agency-markers.js';

/** Patterns over a line's match form (see wire-line-forms.ts). Each is linear: no nested quantifiers. */
export const datePattern = /^(?:التاريخ|Date)\s*:\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})$/i;

const dash = '(?:--|—|–|-)';

/** `بكين - 4 - 2 (كونا) --` */
export const arabicDatelinePattern = new RegExp(
  `^([^()\\d-][^()\\d]{0,40}?)\\s*-\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*\\((${markerPattern})\\)\\s*${dash}\\s*`,
  'i',
);

/** `KUWAIT, Feb 4 (KUNA) --` */
export const englishDatelinePattern = new RegExp(
  `^([A-Za-z][A-Za-z .'’-]{0,40}?)\\s*,\\s*([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})\\s*\\((${markerPattern})\\)\\s*${dash}\\s*`,
  'i',
);

/** `عاجل: …`, `عاجل - …`, `URGENT -- …`, `FLASH -- …` */
export const flashPattern = /^(عاجل|URGENT|FLASH)\s*(?::|--|—|–|-)\s*(\S.*)$/i;

/** `(النهاية)` or `(end)` at the end of a line, glued or alone. */
export const endMarkerPattern = /\s*\((?:النهاية|انتهى|end)\)\s*$/i;

/** Editors' initials: `س ل ق / ن ع ع` or `ast.gb`, `ast.gb/ms`. */
export const arabicInitialsPattern = /^[\u0621-\u064A]{1,3}(?: [\u0621-\u064A]{1,3}){0,4}(?: ?\/ ?[\u0621-\u064A]{1,3}(?: [\u0621-\u064A]{1,3}){0,4}){0,3}$/;
export const englishInitialsPattern = /^[a-z]{1,5}(?:[./][a-z]{1,5}){1,4}$/;

export function isInitials(line: string): boolean {
  return line.length <= 40 && (arabicInitialsPattern.test(line) || englishInitialsPattern.test(line));
}

const months: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** `Feb`, `February`, `Sept` → 2, 2, 9; undefined when not a month. */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const index = full.indexOf(lower);
  if (index >= 0) return index + 1;
  return months[lower];
}
