import { type WireLine, classifyWireLines } from './classify-wire-lines.js';
import { singleInitialsPattern } from './wire-patterns.js';

/** One dispatch's text (or a stretch of text that is none) and where it starts in the whole. */
export interface WireChunk {
  raw: string;
  start: number;
}

/** Before any dispatch or after garbage; collecting a date line and headline; in a body; after the end marker. */
type State = 'outside' | 'head' | 'body' | 'ended';

/** Most lines (a headline and photo captions) a dateline takes along from before it, outside a body. */
const HEAD_RUN = 4;

/**
 * A line's last period when it closes an abbreviation rather than a sentence: a clock time ("9 p.m.") or dotted
 * initials ("U.S."), which a headline may end with ("… start at 9 p.m., not 8 p.m.").
 */
const ABBREVIATION_END = /(?:\b[ap]\.m|\b[A-Z](?:\.[A-Z])+)\.$/;

/** A line that may head the dateline after it: short, not a finished sentence, not initials. */
function headlineLike(line: WireLine): boolean {
  if (line.kind === 'headline') return true;
  const sentenceEnd = /[.!?؟]["”»]?$/.test(line.clean) && !ABBREVIATION_END.test(line.clean);
  return line.kind === 'text' && !line.ends && line.clean.length <= 160 && !sentenceEnd;
}

/**
 * Splits a text holding dispatches back to back, in order. Concatenating the chunks gives the
 * text back exactly: text before the first dispatch, or after one's end marker and initials,
 * becomes a chunk of its own, which the parser rejects with a reason while the dispatches are
 * kept. A dispatch starts at its date line, else at its headline line (outside a body, at the run
 * of headline and caption lines before its dateline), else at its dateline or flash; it ends after
 * its end marker and initials, or where the next one starts. Page furniture is skipped like blank
 * lines, and a chunk of nothing else is folded into its neighbour. Linear.
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
  let run: WireLine[] = [];

  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'furniture') continue;
    if (state === 'ended') {
      if (line.bareEnd && !sawEnd && !sawInitials) sawEnd = true;
      else if (!sawInitials && (line.kind === 'initials' || (sawEnd && singleInitialsPattern.test(line.clean)))) sawInitials = true;
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
        if (state === 'body') cut(previous && headlineLike(previous) ? previous : line);
        else if (state !== 'head') cut(run[0] ?? line);
        state = line.kind === 'flash' || line.ends ? 'ended' : 'body';
        sawEnd = line.ends;
        sawInitials = false;
      } else if (line.ends) {
        state = 'ended';
        sawEnd = true;
        sawInitials = false;
      }
    }
    if (state !== 'body' && headlineLike(line)) {
      run.push(line);
      if (run.length > HEAD_RUN) run.shift();
    } else if (run.length > 0) run = [];
    previous = line;
  }

  const chunks = starts.map((start, i) => ({ raw: text.slice(start, starts[i + 1] ?? text.length), start }));
  return mergeBlankChunks(chunks, emptyChunkStarts(lines, starts));
}

/** Starts of the chunks whose lines are all blank or page furniture; one pass over the lines. */
function emptyChunkStarts(lines: readonly WireLine[], starts: readonly number[]): Set<number> {
  const empty = new Set(starts);
  let chunk = 0;
  for (const line of lines) {
    while (chunk + 1 < starts.length && line.start >= (starts[chunk + 1] as number)) chunk += 1;
    if (line.kind !== 'blank' && line.kind !== 'furniture') empty.delete(starts[chunk] as number);
  }
  return empty;
}

/** Folds a chunk of blank space or furniture (`empty` holds their starts) into its neighbour: it is never a dispatch of its own. */
function mergeBlankChunks(chunks: WireChunk[], empty: ReadonlySet<number>): WireChunk[] {
  const merged: WireChunk[] = [];
  let previousEmpty = false;
  for (const chunk of chunks) {
    const previous = merged[merged.length - 1];
    const isEmpty = empty.has(chunk.start);
    if (previous && isEmpty) previous.raw += chunk.raw;
    else if (previous && previousEmpty) merged[merged.length - 1] = { raw: previous.raw + chunk.raw, start: previous.start };
    else merged.push({ ...chunk });
    previousEmpty = previous ? previousEmpty && isEmpty : isEmpty;
  }
  return merged.filter((chunk) => chunk.raw.length > 0);
}
