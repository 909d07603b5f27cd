const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` for a real calendar date, or null (31/02 is not a guess, it is an error). */
export function makeDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS[month - 1] as number) + (leap ? 1 : 0)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
