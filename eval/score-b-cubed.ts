/** B-cubed precision, recall and F1 of a clustering against gold labels, averaged over items. */
export interface BCubed {
  items: number;
  precision: number;
  recall: number;
  f1: number;
}

function members(labels: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const clusters = new Map<string, Set<string>>();
  for (const [item, label] of labels) {
    let set = clusters.get(label);
    if (!set) clusters.set(label, (set = new Set()));
    set.add(item);
  }
  return clusters;
}

/**
 * B-cubed (Bagga & Baldwin): for each item, precision is the share of its predicted cluster that
 * shares its gold label, recall the share of its gold cluster that shares its predicted cluster.
 * Averaged over `items` (default: every gold item); clusters are taken over all items, so a merge
 * across subsets still costs. Every gold item must have a predicted label. Pure.
 */
export function scoreBCubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>, items: readonly string[] = [...gold.keys()]): BCubed {
  const goldClusters = members(gold);
  const predictedClusters = members(predicted);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const g = gold.get(item);
    const p = predicted.get(item);
    if (g === undefined || p === undefined) throw new Error(`B-cubed: ${item} lacks a gold or a predicted label`);
    const goldSet = goldClusters.get(g) as Set<string>;
    const predictedSet = predictedClusters.get(p) as Set<string>;
    let both = 0;
    for (const other of predictedSet) if (goldSet.has(other)) both += 1;
    precision += both / predictedSet.size;
    recall += both / goldSet.size;
  }
  const n = items.length;
  const p = n === 0 ? 0 : precision / n;
  const r = n === 0 ? 0 : recall / n;
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { items: n, precision: round(p), recall: round(r), f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)) };
}
