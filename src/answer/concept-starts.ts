import type { Concept } from './weigh-concepts.js';

/** Where each of a concept's phrases starts in analysed tokens, phrase by phrase in the concept's order (an empty phrase never). Pure. */
export function conceptStarts(tokens: readonly string[], concept: Pick<Concept, 'group'>): number[] {
  const at: number[] = [];
  for (const phrase of concept.group) {
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= tokens.length; i += 1) if (phrase.every((token, k) => tokens[i + k] === token)) at.push(i);
  }
  return at;
}
