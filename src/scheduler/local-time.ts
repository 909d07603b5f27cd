/** A moment as a subscriber's clock shows it. */
export interface LocalTime {
  /** YYYY-MM-DD in the zone */
  date: string;
  /** minutes since local midnight */
  minutes: number;
  /** the zone's offset from UTC at that moment, in ms */
  offsetMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Reads `now` in an IANA zone (Intl only, no tz database of our own). */
export function localTime(now: Date, zone: string): LocalTime {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  const [y, m, d, h, min, s] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) => Number(parts[k]));
  const asUtc = Date.UTC(y as number, (m as number) - 1, d, h, min, s);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: (h as number) * 60 + (min as number), offsetMs: asUtc - Math.floor(now.getTime() / 1000) * 1000 };
}

/** Minutes since midnight of an HH:MM time. */
export function clockMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h as number) * 60 + (m as number);
}

/** The instant at which the zone's clock shows `time` on `date` (using the offset of `reference`). */
export function instantOfLocal(date: string, time: string, offsetMs: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d as number) + clockMinutes(time) * 60_000 - offsetMs);
}

/**
 * The first instant at which the zone's clock shows `time` on `date`. When clocks go back a local
 * time happens twice (01:30 in Europe/London on the last Sunday of October): the earlier one, so a
 * digest due then is due once. When clocks go forward and the time never shows, the instant `now`'s
 * offset gives (so the digest is still due that day, once).
 */
export function firstInstantOfLocal(date: string, time: string, zone: string, now: Date): Date {
  const offsets = new Set([localTime(now, zone).offsetMs, localTime(new Date(now.getTime() - 86_400_000), zone).offsetMs]);
  const shows = (instant: Date) => {
    const local = localTime(instant, zone);
    return local.date === date && local.minutes === clockMinutes(time);
  };
  const candidates = [...offsets].map((offset) => instantOfLocal(date, time, offset)).filter(shows);
  if (candidates.length === 0) return instantOfLocal(date, time, localTime(now, zone).offsetMs);
  return new Date(Math.min(...candidates.map((instant) => instant.getTime())));
}

/** When a subscriber's quiet hours end, if `now` is inside them; else null. Quiet hours may wrap midnight. */
export function quietUntil(quiet: { quietStart: string | null; quietEnd: string | null; timeZone: string }, now: Date): Date | null {
  if (!quiet.quietStart || !quiet.quietEnd) return null;
  const local = localTime(now, quiet.timeZone);
  const start = clockMinutes(quiet.quietStart);
  const end = clockMinutes(quiet.quietEnd);
  const inside = start <= end ? local.minutes >= start && local.minutes < end : local.minutes >= start || local.minutes < end;
  if (!inside) return null;
  const minutesLeft = (end - local.minutes + 1440) % 1440;
  return new Date(now.getTime() - (now.getTime() % 60_000) + minutesLeft * 60_000);
}
