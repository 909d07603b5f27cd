const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** One English KUNA dispatch from Kuwait dated `day`/`month`/2026, its lead `lead`. */
export function englishWire(month: number, day: number, lead: string): Buffer {
  return Buffer.from(`Date : ${twoDigits(day)}/${twoDigits(month)}/2026\nKUWAIT, ${MONTHS[month - 1]} ${day} (KUNA) -- ${lead}\n(end)\nast.xb\n`);
}

/** One Arabic KUNA dispatch from Kuwait dated `day`/`month`/2026, its lead `lead`. */
export function arabicWire(month: number, day: number, lead: string): Buffer {
  return Buffer.from(`التاريخ : ${twoDigits(day)}/${twoDigits(month)}/2026\nالكويت - ${day} - ${month} (كونا) -- ${lead}\n(النهاية)\nم ع ح\n`);
}
