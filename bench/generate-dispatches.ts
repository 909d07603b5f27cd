import { bodies, cities, events, fields, monthsEn, officials, partners, weekdays } from './wire-vocabulary.js';

type Pair = [string, string];

/** A small seeded PRNG (mulberry32), so every run generates the same wire. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates `count` distinct dispatches in the KUNA formats, Arabic and English alternately,
 * in date order over 2025 as a wire delivers them (100,000 is about 270 a day, KUNA's volume),
 * from templates that read like wire copy: meetings, statements, prices, events.
 */
export function generateDispatches(count: number, seed = 20260204): string[] {
  const random = createRandom(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 365) / count) * 86_400_000);
    const d = day.getUTCDate();
    const m = day.getUTCMonth() + 1;
    const slots = {
      city: pick(cities), official: pick(officials), partner: pick(partners), body: pick(bodies),
      field: pick(fields), event: pick(events), weekday: weekdays[day.getUTCDay()] as Pair,
      n1: 10 + Math.floor(random() * 90), n2: 100 + Math.floor(random() * 900), serial: i,
    };
    const dateLine = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2025`;
    out.push(i % 2 === 0 ? arabic(slots, d, m, dateLine, random) : english(slots, d, m, dateLine, random));
  }
  return out;
}

interface Slots {
  city: Pair; official: Pair; partner: Pair; body: Pair; field: Pair; event: Pair; weekday: Pair;
  n1: number; n2: number; serial: number;
}

function arabic(s: Slots, d: number, m: number, dateLine: string, random: () => number): string {
  const paragraphs = [
    `${s.city[0]} - ${d} - ${m} (كونا) -- بحث ${s.official[0]} اليوم ${s.weekday[0]} مع نظيره من ${s.partner[0]} سبل تعزيز التعاون الثنائي في مجال ${s.field[0]} والقضايا ذات الاهتمام المشترك.`,
    `وقال ${s.official[0]} في تصريح صحفي عقب اللقاء إن البلدين يتطلعان إلى رفع حجم التبادل التجاري بنسبة ${s.n1} في المئة خلال العام المقبل.`,
    `وأضاف أن الجانبين اتفقا على تشكيل لجنة مشتركة تعقد اجتماعها الأول في ${s.city[0]} لمتابعة تنفيذ ${s.n2} مشروعا في مجال ${s.field[0]}.`,
    `وأكد أهمية التنسيق في إطار ${s.body[0]} لمواجهة التحديات الإقليمية والدولية ودعم الاستقرار.`,
    `وعلى صعيد آخر أشار إلى استعداد بلاده لاستضافة ${s.event[0]} بمشاركة واسعة من الدول الأعضاء (رقم ${s.serial}).`,
  ];
  const body = paragraphs.slice(0, 3 + Math.floor(random() * 3));
  return `التاريخ : ${dateLine}\n${body.join('\n')}(النهاية)\nم ع ح / ${String.fromCharCode(0x0628 + (s.serial % 20))} ع\n`;
}

function english(s: Slots, d: number, m: number, dateLine: string, random: () => number): string {
  const paragraphs = [
    `${s.city[1]}, ${monthsEn[m - 1]} ${d} (KUNA) -- The ${s.official[1]} discussed on ${s.weekday[1]} with his counterpart from ${s.partner[1]} ways to boost bilateral cooperation in ${s.field[1]} and issues of mutual concern.`,
    `In a press statement after the meeting, the ${s.official[1]} said the two countries aim to raise trade volume by ${s.n1} percent next year.`,
    `He added that the two sides agreed to form a joint committee that will hold its first meeting in ${s.city[1]} to follow up on ${s.n2} projects in ${s.field[1]}.`,
    `He stressed the importance of coordination within ${s.body[1]} to face regional and international challenges and support stability.`,
    `Separately, he said his country was ready to host ${s.event[1]} with wide participation from member states (no. ${s.serial}).`,
  ];
  const body = paragraphs.slice(0, 3 + Math.floor(random() * 3));
  return `Date : ${dateLine}\n${body.join('\n')}\n(end)\nast.${String.fromCharCode(97 + (s.serial % 26))}b\n`;
}
