import type { Lang } from '../dispatch/dispatch-types.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { findEntities } from '../text/find-entities.js';
import { loadGazetteer } from '../text/gazetteer.js';

/** Paragraphs that go on with the last named speaker: "وأعرب عن …", "He added …". */
const CONTINUATION = /^(?:و(?:أعرب|اعرب|أضاف|اضاف|أكد|اكد|لفت|أشار|اشار|قال|شدد|أوضح|اوضح|تابع|دعا|أشاد|اشاد)|(?:he|she) (?:added|said|stressed|noted|expressed|pointed|called|praised))/i;
/** Verbs of reported speech; the person named closest to one is the speaker. */
const SPEECH =
  /قال|القول|أكد|اكد|أعرب|اعرب|أشار|اشار|أوضح|اوضح|صرح|شدد|دعا|حذر|رحب|طالب|تعهد|أضاف|اضاف|said|says|saying|stressed|expressed|told|noted|added|affirmed|called|urged|warned|pledged|welcomed|remarks/gi;
/** How far (in characters) a name may stand after its verb ("رحب الأمين العام لمجلس التعاون … البديوي"). */
const AFTER_VERB = 70;
/** How far a name may stand before its verb ("Antonio Guterres called"). */
const BEFORE_VERB = 40;

function speakerIn(text: string): string | null {
  const { byId } = loadGazetteer();
  const folded = normaliseArabic(text).toLowerCase();
  const verbs = [...folded.matchAll(SPEECH)].map((m) => m.index ?? 0);
  if (verbs.length === 0) return null;
  let best: { id: string; distance: number } | null = null;
  for (const id of new Set(findEntities(text))) {
    const entry = byId.get(id);
    if (entry?.kind !== 'person') continue;
    for (const form of [...entry.ar, ...entry.en]) {
      const at = folded.indexOf(normaliseArabic(form).toLowerCase());
      if (at < 0) continue;
      const near = verbs.map((v) => v - at).filter((d) => (d >= 0 ? d <= BEFORE_VERB : -d <= AFTER_VERB)).map(Math.abs);
      if (near.length === 0) continue;
      const distance = Math.min(...near);
      if (best === null || distance < best.distance) best = { id, distance };
    }
  }
  return best?.id ?? null;
}

/**
 * Who speaks in paragraph `index` of a dispatch (a gazetteer id): the person named next to a verb
 * of speech there ("قال بوتين", "Putin said", "وقال أردوغان"), or, for a continuation paragraph
 * that names nobody ("وأعرب عن …", "He added …"), the speaker of the paragraph before. Null when
 * the wire does not say.
 */
export function findSpeaker(paragraphs: readonly string[], index: number): string | null {
  for (let i = index; i >= 0; i -= 1) {
    const text = (paragraphs[i] as string).trim();
    const named = speakerIn(text);
    if (named !== null || !CONTINUATION.test(text)) return named;
  }
  return null;
}

/** A speaker's name as the reader's language writes it. */
export function speakerName(id: string, lang: Lang): string {
  const entry = loadGazetteer().byId.get(id);
  return (lang === 'ar' ? entry?.ar[0] : entry?.en[0]) ?? id;
}
