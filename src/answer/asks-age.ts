import { normaliseArabic } from '../text/analyse-arabic.js';
import { analyseText } from '../text/analyse-text.js';

/**
 * An age asked: "how old", "what age", "at what age", "the ages of", `كم عمر`, `كم أعمار`, `كم سن`, `ما عمر`,
 * `شو عمره`. Arabic normalised (أ → ا, ة → ه). The noun takes only a possessive pronoun (`عمره`, `أعمارهم`): a longer word
 * that begins so is another noun (`كم سنارة`, how many hooks; `كم سنين`, how many years), no age.
 */
const AGE_ASKED =
  /\bhow old\b|\b(?:what|which)\s+age\b|\bhow\s+young\b|\bages?\s+of\b|(?:^|\s)(?:كم|ما|شو|ايش|وش|قديش)\s+(?:(?:هو|هي|كان|كانت|لازم\s+يكون|يكون|تكون)\s+)?(?:عمر|اعمار|سن)(?:ه|ها|هم|هن|هما|ك|كم|ي|نا)?(?![\u0621-\u064A])/iu;

const AR_NUMBER = '(?:\\d+|[\\u0621-\\u064A]+)';

/** An age in English figures or words (one to ninety-nine). */
const EN_AGE = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)`;

/**
 * An age as the wire writes it, on any topic: "a 34-year-old …", "aged 19 to 23", "at the age of 70", "60 years old",
 * "in his thirties", `في التاسعة من عمره`, `عمره 34 عاما`, `يبلغ من العمر`, `البالغ 12 عاما`, `أعمارهم بين`,
 * `فوق سن الستين`, `دون سن 18`, `يتمون أربع سنوات`; a thing's by the year it was made ("a 1928 Ford"). Arabic normalised.
 */
const AGE_TOLD = new RegExp(
  [
    String.raw`\b[\w-]+[- ](?:years?|months?|weeks?)[- ]olds?\b`,
    // A person of an age, with nothing counted after it ("a boy of eight", "a girl of 11,"), and the youngest or oldest of a group
    // given as a bare figure ("the youngest knitter was 12 and the oldest 81").
    String.raw`\b(?:boy|girl|man|woman|child|son|daughter|baby|teenager)s?\s+of\s+${EN_AGE}(?=\s*(?:[,.;)]|and\b|$))`,
    String.raw`\b(?:youngest|oldest)\b(?:\s+[a-z-]+){0,2}?\s+(?:(?:was|is|were|are)\s+)?${EN_AGE}(?=\s*(?:[,.;)]|and\b|$))`,
    String.raw`\b(?:aged|ages|age of|age)\s+(?:between\s+|of\s+|up to\s+|under\s+|over\s+)?\d`,
    String.raw`\b(?:aged|ages)\s+(?:between\s+)?[a-z]+(?:[- ][a-z]+)?\s+(?:to|and)\b`,
    String.raw`\b(?:in|into) (?:his|her|their) (?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`,
    String.raw`\b(?:under|over|above|below)\s+(?:the\s+age\s+of\s+)?\d+\b(?=\s*(?:years|,|\.|$))`,
    String.raw`(?:^|\s)(?:من|في)\s+(?:العمر|عمر(?:ه|ها|هم|هن|هما))(?=\s|$|[,،.])`,
    String.raw`(?:^|\s)(?:عمر|اعمار)(?:ه|ها|هم|هن|هما)\s`,
    String.raw`(?:^|\s)(?:[وب]?سن|[وب]?السن)\s+(?:ال)?${AR_NUMBER}`,
    // A thing's age is told by its year ("a 1928 Ford", "built in 1962", `موديل 1928`).
    String.raw`(?<![\d,.])1[5-9]\d\d(?![\d,.]*\d|-\d)`,
    String.raw`(?:^|\s)(?:البالغ|البالغه|البالغين|يبلغ|تبلغ|بلغ|بلغت|يتم|تتم|يتمون|اتم|اتمت|اتموا|يتجاوز|تجاوز)\s+(?:من\s+العمر\s+)?${AR_NUMBER}\s+(?:عاما|عام|سنه|سنوات|سنين)(?=\s|$|[,،.)])`,
  ].join('|'),
  'iu',
);

/** Whether a question asks someone's age (see AGE_ASKED). Pure. */
export const asksAge = (question: string): boolean => AGE_ASKED.test(normaliseArabic(question));

/** Whether a passage tells an age (see AGE_TOLD): asked how old, a passage with no age tells another figure. Pure. */
export const tellsAge = (text: string): boolean => AGE_TOLD.test(normaliseArabic(text));

/**
 * The words that name an age, as the analyser leaves them: asked how old, the wire gives the age in its own
 * words ("a 34-year-old", `في التاسعة من عمره`) and the asker's word for it need not stand in the passage.
 */
export const AGE_WORDS = new Set(['age', 'ages', 'aged', 'old', 'عمر', 'أعمار', 'سن'].flatMap((word) => analyseText(word)));
