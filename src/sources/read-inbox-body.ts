import { z } from 'zod';
import type { TextItem } from './ingest-text-item.js';

/** ninjs-like fields accepted by `POST /ingest` as application/json. */
const ninjsItem = z
  .object({
    uri: z.string().trim().min(1).max(2000).optional(),
    headline: z.string().trim().min(1).max(2000).optional(),
    body_text: z.string().optional(),
    paragraphs: z.array(z.string()).max(1000).optional(),
    language: z
      .string()
      .regex(/^(ar|en)([-_][A-Za-z]+)?$/i, { message: 'language must be ar or en (a region suffix is allowed)' })
      .optional(),
    versioncreated: z.iso.datetime({ offset: true }).optional(),
    located: z.string().trim().max(200).optional(),
    agency: z.string().trim().regex(/^[\p{L}\p{N}._-]{1,20}$/u, { message: 'agency must be one short word' }).optional(),
  })
  .refine((item) => item.headline || item.body_text?.trim() || item.paragraphs?.some((p) => p.trim()), {
    message: 'needs a headline, body_text or paragraphs',
  });

/** What an inbox request body means: wire bytes (text/plain) or one item (JSON), or why it is unusable. */
export type InboxBody =
  | { kind: 'wire'; bytes: Uint8Array }
  | { kind: 'item'; item: TextItem }
  | { kind: 'bad'; status: 400 | 415; reason: string };

/**
 * Reads a `POST /ingest` body by its content type. Text must be valid UTF-8 without NUL bytes;
 * JSON is validated with zod and every problem is named in the reason. An item's `uri` becomes
 * its source under `scope` (`<scope>:<uri>`), so it names only what that inbox stored.
 */
export function readInboxBody(contentType: string, bytes: Uint8Array, now: Date, scope = 'http-inbox'): InboxBody {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type !== 'text/plain' && type !== 'application/json') {
    return { kind: 'bad', status: 415, reason: `content type "${type || '(none)'}" is not accepted; send text/plain or application/json` };
  }
  if (bytes.byteLength === 0) return { kind: 'bad', status: 400, reason: 'the body is empty' };
  if (bytes.includes(0)) return { kind: 'bad', status: 400, reason: 'the body is binary (it holds NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'bad', status: 400, reason: 'the body is not valid UTF-8' };
  }
  if (type === 'text/plain') return { kind: 'wire', bytes };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'bad', status: 400, reason: `the body is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = ninjsItem.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    return { kind: 'bad', status: 400, reason: `the JSON item is not usable: ${problems.join('; ')}` };
  }
  const item = parsed.data;
  const paragraphs = item.paragraphs ?? item.body_text?.split(/\r?\n/) ?? [];
  return {
    kind: 'item',
    item: {
      source: item.uri ? `${scope}:${item.uri}` : 'http-inbox',
      title: item.headline ?? null,
      text: paragraphs.map((p) => p.trim()).filter(Boolean).join('\n'),
      isoDate: item.versioncreated ?? now.toISOString(),
      agency: item.agency ?? 'inbox',
      lang: item.language ? (item.language.slice(0, 2).toLowerCase() as 'ar' | 'en') : null,
      located: item.located ?? null,
    },
  };
}
