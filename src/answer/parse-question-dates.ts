const englishMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const arabicMonths: Record<string, number> = {
  يناير: 1, كانون: 1, فبراير: 2, شباط: 2, مارس: 3, آذار: 3, أبريل: 4, ابريل: 4, نيسان: 4, مايو: 5, أيار: 5,
  يونيو: 6, حزيران: 6, يوليو: 7, تموز: 7, أغسطس: 8, آب: 8, سبتمبر: 9, أيلول: 9, أكتوبر: 10, تشرين: 10,
  نوفمبر: 11, ديسمبر: 12,
};

export interface QuestionDates {
  /** YYYY-MM-DD when the question names a day ("on Feb 6", "6 فبراير") */
  day?: string;
  /** the question asks for the newest ("latest", "آخر") */
  latest: boolean;
}

/** Dates a question asks about; the year is the current one (wires are about now). */
export function parseQuestionDates(question: string, now: Date): QuestionDates {
  const latest = /\b(latest|newest|recent|last)\b|آخر|أحدث|اخر/i.test(question);
  const year = now.getUTCFullYear();
  const english = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i.exec(question);
  if (english) {
    const month = englishMonths.indexOf((english[1] ?? english[4] ?? '').slice(0, 3).toLowerCase()) + 1;
    const day = Number(english[2] ?? english[3]);
    return { latest, day: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  }
  const arabic = /(\d{1,2})\s+(\S+)/g;
  for (const match of question.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).matchAll(arabic)) {
    const month = arabicMonths[(match[2] as string).replace(/^ب|^في/, '')];
    if (month) return { latest, day: `${year}-${String(month).padStart(2, '0')}-${String(Number(match[1])).padStart(2, '0')}` };
  }
  return { latest };
}
