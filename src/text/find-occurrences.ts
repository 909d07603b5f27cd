/** Where `part` starts in `text`, each time, overlaps included; none for an empty part. Pure. */
export function findOccurrences(text: string, part: string): number[] {
  const starts: number[] = [];
  for (let i = part.length === 0 ? -1 : text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) starts.push(i);
  return starts;
}
