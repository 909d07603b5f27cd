import { normaliseArabic } from './analyse-arabic.js';
import { analyseText } from './analyse-text.js';
import { findEntitiesInTokens } from './find-entities.js';
import { MIN_NAME_SKELETON } from './match-name-across-scripts.js';
import { nameSkeleton } from './transliterate-name.js';

/** "what did X say", "what has X said", "what X told …" */
const ENGLISH = /\b(?:did|does|has|had|have)\s+(.+?)\s+(?:say|said|tell|told|announce|stress|add|comment|state|warn|urge)\b|\bwhat\s+(?!did\b|does\b|has\b)(.+?)\s+(?:said|told|announced|stressed)\b/i;
/**
 * `ماذا قال X`, `شو قال X`, `ايش صرح X`, `ما الذي قاله X` (normalised: أ → ا, ى → ي), up to `عن`/`حول`/`بشأن`/the end. Not
 * what is said after `إن`/`أن` (`منو قالت إن خدمات السكن زادت`: the question asks who, and names what was said).
 */
const ARABIC = new RegExp(
  normaliseArabic('(?:قال|قالت|قاله|قالته|يقول|تقول|صرح|صرحت|أعلن|أعلنت|أكد|أكدت|ذكر|ذكرت)\\s+(?!(?:إن|أن|ان|إنه|أنه|انه|إنها|أنها|انها|بأن|بان)\\s)(.+?)(?=\\s+(?:عن|حول|بشأن|بخصوص|في|على|اليوم|أمس)\\s|\\s*[؟?.]|$)'),
  'u',
);
/** Titles and words around a name that are not the name ("Minister", "الشيخ"). */
const NOT_NAME = /^(?:the|minister|president|sheikh|prince|king|emir|amir|dr|mr|mrs|ms|official|ambassador|director|general|head|chief|الوزير|وزير|الرئيس|رئيس|الشيخ|الأمير|الامير|الدكتور|د|السفير|المدير|مدير|العام|الأمين|الامين|المسؤول|رئيسة|وزيرة|سمو)$/i;

/**
 * The words naming the person a question asks to hear from ("what did Al-Shammari say about the
 * port" → [`Al-Shammari`]), leaving out titles and names the gazetteer already holds: the names to
 * look for, across scripts, beside a verb of speech. Pure.
 */
export function findAskedNames(question: string): string[] {
  const match = ENGLISH.exec(question) ?? ARABIC.exec(normaliseArabic(question));
  const phrase = match?.[1] ?? match?.[2];
  if (!phrase) return [];
  return phrase
    .split(/\s+/)
    .filter((word) => word && !NOT_NAME.test(word))
    .filter((word) => findEntitiesInTokens(analyseText(word)).length === 0)
    .filter((word) => nameSkeleton(word).some((part) => part.length >= MIN_NAME_SKELETON));
}
