import { nameSkeleton } from '../text/transliterate-name.js';

/** The prefix of a writer's key among the name keys: no consonant skeleton or weekday key starts with it. */
export const WRITER_KEY = '^';

/** A letter's class as an initial, the same in both scripts (`ش` and `s`, `ع` and `a`): English initials write `sh` as `s`. */
function initialClass(letter: string): string {
  return (nameSkeleton(letter)[0] ?? '').replace('X', 'S');
}

/**
 * The key of the writer among a dispatch's editors' initials (`ms.gb`: `ms`; `م ص / ع ح`: `م ص`),
 * comparable across scripts (`^MS` both), or null when there are none. The wire signs each version
 * of a story with its writer's initials first, in its own script: the same initials on both
 * language versions of a day's story say the same reporter filed them (story grouping counts them
 * as a name, and not where the day's other stories carry them too). Pure.
 */
export function findWriterKey(editors: string | null | undefined): string | null {
  if (!editors) return null;
  const arabic = /[\u0621-\u064A]/.test(editors);
  const writer = (arabic ? editors.split('/')[0] : editors.split(/[./]/)[0]) ?? '';
  const letters = [...writer.replace(/\s+/g, '')].map(initialClass);
  return letters.length >= 2 && letters.every((cls) => cls !== '') ? WRITER_KEY + letters.join('') : null;
}
