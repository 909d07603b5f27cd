import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../dispatch/dispatch-types.js';
import { WirebriefError } from '../errors.js';

const promptsDir = fileURLToPath(new URL('../../prompts/', import.meta.url));
const cache = new Map<string, string>();

/** A prompt template from prompts/, read once. */
export function loadPrompt(name: string): string {
  let template = cache.get(name);
  if (template === undefined) {
    template = readFileSync(`${promptsDir}${name}`, 'utf8');
    cache.set(name, template);
  }
  return template;
}

/**
 * Fills `{{placeholders}}`. A placeholder without a value, or a value without a placeholder, is an
 * error: a prompt never goes out with a blank in it.
 */
export function renderPrompt(name: string, values: Record<string, string>): string {
  const template = loadPrompt(name);
  const wanted = new Set([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string));
  const missing = [...wanted].filter((key) => !(key in values));
  const unused = Object.keys(values).filter((key) => !wanted.has(key));
  if (missing.length > 0 || unused.length > 0) {
    throw new WirebriefError(`prompt ${name}: missing ${missing.join(', ') || 'none'}; unused ${unused.join(', ') || 'none'}`, { name });
  }
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] as string);
}

/** How prompts name the answer language. */
export const promptLanguageNames: Record<Lang, string> = { en: 'English', ar: 'Arabic' };
