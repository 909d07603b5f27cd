/** Adds whole days to a YYYY-MM-DD date, in UTC so no time zone can shift it. */
export function shiftDate(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
