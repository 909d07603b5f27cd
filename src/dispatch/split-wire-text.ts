import { type WireLine, classifyWireLines } from './classify-wire-lines.js';

/** One dispatch's text (or a stretch of text that is none) and where it starts in the whole. */
export interface WireChunk {
  raw: string;
  start: number;
}

/** Before any dispatch or after garbage; collecting a date line and headline; in a body; after the end marker. */
type State = 'outside' | 'head' | 'body' | 'ended';

/** A line that may head the dateline after it: short, not a finished sentence, not initials. */
function headlineLike(line: WireLine): boolean {
  if (line.kind === 'headline') return true;
  return line.kind === 'text' && !line.ends && line.clean.length <= 160 && !/[.!?؟"”»]$/.test(line.clean);
}

/**
 * Splits a text holding dispatches back to back, in order. Concatenating the chunks gives the
 * text back exactly: text before the first dispatch, or after one's end marker and initials,
 * becomes a chunk of its own, which the parser rejects with a reason while the dispatches are
 * kept. A dispatch starts at its date line, else at its headline line, else at its dateline or
 * flash; it ends after its end marker and initials, or where the next one starts. Linear.
 */
export function splitWireText(text: string): WireChunk[] {
  const lines = classifyWireLines(text);
  const starts: number[] = [0];
  const cut = (line: WireLine) => {
    if (line.start > (starts[starts.length - 1] as number)) starts.push(line.start);
  };
  let state: State = 'outside';
  let sawEnd = false;
  let sawInitials = false;
  let previous: WireLine | undefined;

  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (state === 'ended') {
      if (line.bareEnd && !sawEnd && !sawInitials) sawEnd = true;
      else if (line.kind === 'initials' && !sawInitials) sawInitials = true;
      else {
        cut(line);
        state = 'outside';
      }
    }
    if (state !== 'ended') {
      if (line.kind === 'date') {
        cut(line);
        state = 'head';
      } else if (line.kind === 'dateline' || line.kind === 'flash') {
        if (state !== 'head') cut(previous && headlineLike(previous) ? previous : line);
        state = line.kind === 'flash' || line.ends ? 'ended' : 'body';
        sawEnd = line.ends;
        sawInitials = false;
      } else if (line.ends) {
        state = 'ended';
        sawEnd = true;
        sawInitials = false;
      }
    }
    previous = line;
  }

  const chunks = starts.map((start, i) => ({ raw: text.slice(start, starts[i + 1] ?? text.length), start }));
  return mergeBlankChunks(chunks);
}

/** Folds a whitespace-only chunk into its neighbour: blank space is never a dispatch of its own. */
function mergeBlankChunks(chunks: WireChunk[]): WireChunk[] {
  const merged: WireChunk[] = [];
  for (const chunk of chunks) {
    const previous = merged[merged.length - 1];
    if (previous && chunk.raw.trim() === '') previous.raw += chunk.raw;
    else if (previous && previous.raw.trim() === '') merged[merged.length - 1] = { raw: previous.raw + chunk.raw, start: previous.start };
    else merged.push({ ...chunk });
  }
  return merged.filter((chunk) => chunk.raw.length > 0);
}
