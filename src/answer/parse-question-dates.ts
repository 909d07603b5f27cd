const englishMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const arabicMonths: Record<string, number> = {
  يناير: 1, كانون: 1, فبراير: 2, شباط: 2, مارس: 3, آذار: 3, أبريل: 4, ابريل: 4, نيسان: 4, مايو: 5, أيار: 5,
  يونيو: 6, حزيران: 6, يوليو: 7, تموز: 7, أغسطس: 8, آب: 8, سبتمبر: 9, أيلول: 9, أكتوبر: 10, تشرين: 10,
  نوفمبر: 11, ديسمبر: 12,
};
const LATEST = /\b(?:latest|newest|recent|last)\b|(?:^|\s)(?:آخر|أحدث|اخر|احدث)(?=\s|$)/giu;
/** Weekdays: wires name one in nearly every dispatch ("on Tuesday"), so they say nothing about the topic. */
const WEEKDAY =
  /\b(?:on\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b|(?:^|\s)(?:يوم\s+|يومي\s+)?(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه)(?=[\s؟?.,،]|$)/giu;
const ENGLISH_DAY =
  /\b(?:on\s+)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/i;

export interface QuestionDates {
  /** YYYY-MM-DD when the question names a day ("on Feb 6", "6 فبراير") */
  day?: string;
  /** the question asks for the newest ("latest", "آخر") */
  latest: boolean;
  /** the question without its date words (days, weekdays, "latest"), for matching topics */
  rest: string;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Dates a question asks about; the year is the current one (wires are about now). Pure. */
export function parseQuestionDates(question: string, now: Date): QuestionDates {
  const latest = new RegExp(LATEST.source, 'iu').test(question);
  const text = question.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const undated = text.replace(LATEST, ' ').replace(WEEKDAY, ' ');
  const year = now.getUTCFullYear();
  const english = ENGLISH_DAY.exec(undated);
  if (english) {
    const month = englishMonths.indexOf((english[1] ?? english[4] ?? '').slice(0, 3).toLowerCase()) + 1;
    return { latest, day: iso(year, month, Number(english[2] ?? english[3])), rest: undated.replace(english[0], ' ') };
  }
  for (const match of undated.matchAll(/(?:(?:يوم|في)\s+)?(\d{1,2})\s+(\S+)/g)) {
    const month = arabicMonths[(match[2] as string).replace(/^ب|^في/, '').replace(/[؟?.,،]+$/, '')];
    if (month) return { latest, day: iso(year, month, Number(match[1])), rest: undated.replace(match[0], ' ') };
  }
  return { latest, rest: undated };
}
