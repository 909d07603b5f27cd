import { normaliseArabic } from './analyse-arabic.js';

/** An Arabic written form without its definite article, normalised (`الجو` → `جو`, `الكويت` → `كويت`); a form of two letters after it keeps it. Pure. */
export const withoutArticle = (form: string): string => normaliseArabic(form).replace(/^ال(?=..)/u, '');
