import type { Lang } from '../dispatch/dispatch-types.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang, zone: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${withDate}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', numberingSystem: 'latn' };
    if (withDate) Object.assign(options, { day: 'numeric', month: 'short' });
    formats.set(key, (f = new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', options)));
  }
  return f;
}

/** A moment as the reader's clock shows it: "5 Feb, 07:00" (Latin digits in both languages, as the wire writes them). */
export function formatWhen(iso: string, lang: Lang, zone: string): string {
  return format(lang, zone, true).format(new Date(iso));
}

/** The reader's local date, for a digest's header: "Thursday 5 February 2026". */
export function formatDay(iso: string, lang: Lang, zone: string): string {
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', numberingSystem: 'latn' }).format(new Date(iso));
}
