import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CITIES = ['KUWAIT', 'RIYADH', 'DOHA', 'CAIRO', 'AMMAN', 'MUSCAT', 'MANAMA', 'BEIRUT', 'BAGHDAD', 'TUNIS', 'RABAT', 'ALGIERS'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SUBJECTS = ['crude output', 'refinery upgrades', 'pipeline tariffs', 'export quotas', 'fuel subsidies', 'storage capacity', 'shipping lanes'];

/**
 * One English wire dispatch per call, each about OPEC but its own story: its own city, its own
 * day (336 a year, back from 2025) and its own subject and figure.
 */
export function opecDispatch(i: number): string {
  const month = Math.floor(i / 28) % 12;
  const day = (i % 28) + 1;
  const city = CITIES[i % CITIES.length]!;
  const subject = SUBJECTS[i % SUBJECTS.length]!;
  const year = 2025 - Math.floor(i / 336);
  const date = `${String(day).padStart(2, '0')}/${String(month + 1).padStart(2, '0')}/${year}`;
  return `Date : ${date}\n${city}, ${MONTHS[month]} ${day} (KUNA) -- An OPEC committee in ${city.toLowerCase()} reviewed ${subject} under plan number ${1000 + i}, officials said.(end)\nab.cd\n`;
}

/** Writes `count` files of one dispatch each (`opecDispatch`) into `dir/name`; returns the folder. */
export function writeWireFolder(dir: string, count: number, name = 'wire'): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i += 1) writeFileSync(join(folder, `f${String(i).padStart(5, '0')}.txt`), opecDispatch(i));
  return folder;
}
