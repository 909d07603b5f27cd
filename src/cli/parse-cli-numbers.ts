import { InputError } from '../errors.js';
import type { Lang } from '../dispatch/dispatch-types.js';

/** A positive integer option, or the default; a bad value is an InputError naming the option. */
export function parseLimit(value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--limit must be a positive whole number, got ${String(value)}`);
  return n;
}

export function parseLang(value: string | boolean | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === 'ar' || value === 'en') return value;
  throw new InputError(`--lang must be ar or en, got ${String(value)}`);
}

/** A YYYY-MM-DD date that exists. */
export function parseDateOption(name: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  if (!ok) throw new InputError(`--${name} must be a date as YYYY-MM-DD, got ${text}`);
  return text;
}
