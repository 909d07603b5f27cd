import { markerPattern } from './agency-markers.js';

/**
 * Lines a web page or a republisher puts around the copy, which no reader takes for news: font-size
 * widgets, "back to top", share links, image placeholders, the republisher's id and disclaimer,
 * the agency's credit line under the copy. Matched on a cleaned line, whole.
 */
const furnitureLine = new RegExp(
  `^(?:${[
    'A\\s*\\+\\s*A\\s*-',
    'A\\s*-\\s*A\\s*\\+',
    '(?:back|go) to top',
    'no image',
    'close',
    'share(?: this)?(?: article| story)?:?',
    'print',
    'e-?mail',
    'facebook',
    'twitter',
    'whatsapp',
    'telegram',
    'linkedin',
    '(?:font|text) size:?(?: [a-z+\\- ]{0,20})?',
    'legal disclaimer:?',
    'forgot your password\\??',
    'back to login',
    'share your views',
    '(?:log|sign) ?in',
    'subscribe',
    'read more',
    'photo gallery',
    'most (?:read|viewed)',
    'related (?:news|articles|stories)',
    'MENAFN\\d{6,}ID\\d+',
    'MENAFN provides the information .*',
    `(?:${'Kuwait News Agency'}|وكالة الأنباء الكويتية)\\s*\\(\\s*(?:${markerPattern})\\s*\\)`,
    'الرجوع إلى الأعلى',
    'العودة للأعلى',
    'طباعة',
    'مشاركة',
    'حجم الخط',
  ].join('|')})$`,
  'i',
);

/** Whether a cleaned line is page furniture (see above). */
export function isFurnitureLine(line: string): boolean {
  // Furniture is short, bar the republisher's disclaimer: most wire lines skip the pattern.
  if (line.length > 60 && !line.startsWith('MENAFN')) return false;
  return line.length <= 400 && furnitureLine.test(line);
}

/**
 * A republisher's wrapper before the copy, `(MENAFN- Kuwait News Agency (KUNA))`, and a page
 * date stamp (`date 2024-11-22`) before it; group 1 is the wrapper's inner text.
 */
const wrapperPattern = /^\(\s*MENAFN\s*-\s*([^()]{0,80}(?:\([^()]{0,20}\))?)\s*\)\s*/i;
const dateStampPattern = /^date (\d{4}-\d{2}-\d{2})(?: \d{1,3})?(?:\s+|$)/i;

/**
 * A line without its page date stamp and republisher's wrapper; what was dropped, named for the
 * warnings; and the stamp's date (YYYY-MM-DD), or null.
 */
export function stripWrapper(line: string): { line: string; dropped: string[]; stampDate: string | null } {
  const dropped: string[] = [];
  let rest = line;
  let stampDate: string | null = null;
  const first = line.charCodeAt(0);
  // Only a line opening with `(` or `date` can hold either: most skip both patterns.
  if (first !== 0x28 && first !== 0x64 && first !== 0x44) return { line, dropped, stampDate };
  const stamp = dateStampPattern.exec(rest);
  if (stamp) {
    rest = rest.slice(stamp[0].length);
    stampDate = (stamp[1] as string) ?? null;
    dropped.push(`page date stamp "${stamp[0].trim()}"`);
  }
  const wrapper = wrapperPattern.exec(rest);
  if (wrapper) {
    rest = rest.slice(wrapper[0].length);
    dropped.push(`republication wrapper "(MENAFN- ${(wrapper[1] as string).trim()})"`);
  }
  return { line: rest, dropped, stampDate };
}
