import { normaliseArabic } from '../text/analyse-arabic.js';

/**
 * A part of a group asked: "how many of the patients", "how many of them", `كم من المرضى`, `كم واحد منهم`. Arabic
 * normalised. The wire may tell the part as a share of the group ("82 per cent of the patients", `82 في المئة من
 * المرضى`), which answers it as a count would.
 */
const PART_ASKED = /\bhow many of\b|(?:^|\s)كم\s+(?:واحد\s+|شخص\s+)?(?:من\s+ال|منهم|منهن|من\s+هؤلاء)/iu;

/** Whether a "how many" question asks a part of a group (see PART_ASKED): a share of the group then counts it. Pure. */
export const asksPartOf = (question: string): boolean => PART_ASKED.test(normaliseArabic(question));
