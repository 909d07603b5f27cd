import { markerPattern } from './agency-markers.js';
import { detectLanguage } from '../text/detect-language.js';
import { parseDateline } from './parse-dateline.js';
import { cleanLine, matchForm } from './wire-line-forms.js';
import { datePattern, endMarkerPattern, flashPattern, isInitials } from './wire-patterns.js';

/** One dispatch's text (or a stretch of text that is none) and where it starts in the whole. */
export interface WireChunk {
  raw: string;
  start: number;
}

const markerInLine = new RegExp(`\\((?:${markerPattern})\\)`, 'i');

type Kind = 'blank' | 'date' | 'dateline' | 'flash' | 'end' | 'text';

interface Line {
  start: number;
  kind: Kind;
  clean: string;
}

/** A headline line is short and does not end a sentence. */
function headlineLike(line: string): boolean {
  return line.length <= 160 && !/[.!?؟"”]$/.test(line);
}

function classify(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\n]*(?:\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null && match[0].length > 0) {
    const clean = cleanLine(match[0].replace(/^\uFEFF/, ''));
    const form = matchForm(clean);
    let kind: Kind = 'text';
    if (clean.length === 0) kind = 'blank';
    else if (clean.length <= 60 && datePattern.test(form)) kind = 'date';
    else if (endMarkerPattern.test(clean)) kind = 'end';
    else if (parseDateline(form.replace(flashPattern, '$2').slice(0, 200))) kind = 'dateline';
    else if (flashPattern.test(form)) kind = 'flash';
    lines.push({ start: match.index, kind, clean });
  }
  // A flash-shaped line without its own agency marker, followed by a dateline in the same script,
  // is that dispatch's headline, not a flash of its own.
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    if (line.kind !== 'flash' || markerInLine.test(line.clean)) continue;
    const next = lines.slice(i + 1).find((l) => l.kind !== 'blank');
    if (next?.kind === 'dateline' && detectLanguage(next.clean) === detectLanguage(line.clean)) line.kind = 'text';
  }
  return lines;
}

/**
 * Splits a text holding dispatches back to back. Concatenating the chunks gives the text back
 * exactly, so nothing is lost: text around the dispatches becomes chunks of its own, which the
 * parser then rejects with a reason while the dispatches are kept.
 */
export function splitWireText(text: string): WireChunk[] {
  const lines = classify(text);
  const starts: number[] = [0];
  let hasBody = false;
  let ended = false;
  let tookInitials = false;
  let lastContent = -1;
  let pendingStart = -1; // a date line or headline seen since the last body line

  const cut = (index: number) => {
    const at = (lines[index] as Line).start;
    if (at > (starts[starts.length - 1] as number)) starts.push(at);
    hasBody = false;
    ended = false;
    tookInitials = false;
  };

  lines.forEach((line, index) => {
    if (line.kind === 'blank') return;
    if (ended) {
      if (!tookInitials && isInitials(line.clean)) {
        tookInitials = true;
        lastContent = index;
        return;
      }
      cut(index);
      pendingStart = -1;
    }
    switch (line.kind) {
      case 'date':
        if (hasBody) cut(index);
        pendingStart = index;
        break;
      case 'dateline':
      case 'flash':
        if (hasBody) {
          const from = pendingStart >= 0 ? pendingStart : lastContent >= 0 && headlineLike((lines[lastContent] as Line).clean) ? lastContent : index;
          cut(from);
        }
        hasBody = true;
        pendingStart = -1;
        if (line.kind === 'flash') ended = true;
        break;
      case 'end':
        ended = true;
        break;
      default:
        if (!hasBody && pendingStart < 0) pendingStart = index;
        else if (hasBody) pendingStart = -1;
    }
    lastContent = index;
  });

  const chunks: WireChunk[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    chunks.push({ raw: text.slice(start, end), start });
  });
  return mergeBlankChunks(chunks);
}

function mergeBlankChunks(chunks: WireChunk[]): WireChunk[] {
  const merged: WireChunk[] = [];
  for (const chunk of chunks) {
    const previous = merged[merged.length - 1];
    if (previous && chunk.raw.trim() === '') previous.raw += chunk.raw;
    else if (previous && previous.raw.trim() === '') merged[merged.length - 1] = { raw: previous.raw + chunk.raw, start: previous.start };
    else merged.push({ ...chunk });
  }
  return merged.filter((c) => c.raw.length > 0);
}
