import { normaliseArabic } from '../text/analyse-arabic.js';
import { type AnswerType, holdsAnswerType } from './answer-type.js';
import { UNTIL } from './calendar-words.js';
import { holdsFiller, type SpeakerAsked } from './names-doer.js';
import { figureDistance, fillerTokens, NEAR } from './link-answer-filler.js';
import { splitSentences } from './find-speaker.js';

/** One of the question's concepts as a passage holds it. */
export interface HeldConcept {
  /** its weight by rarity in the store */
  weight: number;
  /** where it stands in a sentence's analysed tokens (none: the sentence does not name it) */
  at: (tokens: readonly string[]) => number[];
  /** the passage's story names it (its headline, its lead), or the paragraph it goes on with */
  lent: boolean;
  /** what a "how many" question counts (the first topic it names): the figure must stand by it */
  counted: boolean;
  /** a place or a named thing (a person, an organisation): it sets the scene, and any sentence may name it */
  scene: boolean;
}

/** What a concept the sentence does not name, but the passage's story does, carries of its weight: the topic, not the fact. */
export const LENT = 0.5;
/** How many asked words (places included) a passage and its story may lack entirely: the wire's own word for one of them ("warned" for "forecast"), not two. */
export const PARAPHRASED = 1;

/**
 * How close a figure stands to what is counted, from 1 (within NEAR tokens) halving with every
 * token further: "4,200 police officers" links fully, "displaced people in the old city, which
 * killed 40" at an eighth.
 */
export const closeness = (distance: number) => (distance <= NEAR ? 1 : 2 ** (NEAR - distance));

/**
 * How well a passage answers a typed question, 0 to 1: for its best sentence holding a filler of
 * the asked type, the share of the question's weight it carries (a concept only the passage's story
 * names counts LENT, one absent from the passage nothing), times, for "how many", how close its
 * figure stands to what is counted. A paraphrase of the asking ("forecast" for the wire's "warned")
 * costs a word's weight: the word is nowhere in the passage. A near miss names the asked word apart
 * from the fact, and the sentence then grades nothing: "the law will take effect once published"
 * beside "approved on Monday", "beat Al-Arabi to reach the final" beside "the final will be played
 * on February 20". Two asked words lacking are another fact, not a paraphrase ("which country did
 * the shipment come from" over the shipment's seizure). The wire dates every report, so for "when"
 * every topic must be named around the passage. Pure.
 */
export function gradeLinkedFact(text: string, type: AnswerType, concepts: readonly HeldConcept[], speakerAsked: SpeakerAsked = false, kindAnswers = true): number {
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return 0;
  const sentences = splitSentences(text).map((sentence) => ({ sentence, tokens: fillerTokens(sentence, type) }));
  const named = sentences.map(({ tokens }) => concepts.map((c) => c.at(tokens).length > 0));
  const inPassage = concepts.map((_, k) => named.some((row) => row[k]));
  const absent = concepts.filter((c, k) => !c.lent && !inPassage[k]);
  if (absent.length > PARAPHRASED || (type === 'date' && absent.some((c) => !c.scene))) return 0;
  const counted = concepts.filter((c) => c.counted);
  let best = 0;
  sentences.forEach(({ sentence, tokens }, i) => {
    const here = named[i] as boolean[];
    const until = type === 'number' && UNTIL.test(normaliseArabic(sentence));
    if (!holdsFiller(sentence, type, speakerAsked, kindAnswers) && !until) return;
    // An asked word the passage names in another sentence, and its story does not: the fact here is of something else.
    if (concepts.some((c, k) => !c.scene && !c.lent && !here[k] && inPassage[k])) return;
    const carried = concepts.reduce((sum, c, k) => sum + c.weight * (here[k] ? 1 : c.lent ? LENT : 0), 0);
    const link = type !== 'number' || until ? 1 : closeness(figureDistance(tokens, counted.flatMap((c) => c.at(tokens))));
    best = Math.max(best, (carried / total) * link);
  });
  return best;
}
