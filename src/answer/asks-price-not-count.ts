import { countsNoMoney } from './counts-no-money.js';
import { asksPrice } from './tells-money.js';

/** An English "how many": it asks a count, where an Arabic `كم` asks a count or an amount alike (`كم جائزة الفائز`, the prize's money). */
const HOW_MANY = /\bhow\s+many\b/iu;

/**
 * Whether a question asks a price (see asksPrice), not a count: an English "how many" of a thing that is no money (see
 * countsNoMoney) counts it, though a verb of selling follows ("how many dogs went for the boy", attacked him; "how many tickets
 * were sold for the concert"), as "went for" asks a price after "how much" ("how much did the painting go for"). Pure.
 */
export function asksPriceNotCount(question: string): boolean {
  return asksPrice(question) && !(HOW_MANY.test(question) && countsNoMoney(question));
}
