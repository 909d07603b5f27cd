import { fileURLToPath } from 'node:url';
import { I18n } from '@grammyjs/i18n';
import type { Lang } from '../dispatch/dispatch-types.js';
import type { BotContext } from './bot-context.js';

const localeFile = (locale: string) => fileURLToPath(new URL(`./locales/${locale}.ftl`, import.meta.url));

/** The languages every Fluent key must exist in. */
export const LOCALES: readonly Lang[] = ['en', 'ar'];

/** A sentence from the Fluent files in one language: how code outside a handler (digests, alerts, the terminal) speaks. */
export type Translate = (key: string, args?: Record<string, string | number>) => string;

/** Fluent translations for ar and en; the subscriber's setting wins, else the user's Telegram language. */
export function createI18n(): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'en',
    localeNegotiator: (ctx) => ctx.subscriber?.lang ?? (ctx.from?.language_code?.startsWith('ar') ? 'ar' : 'en'),
  });
  for (const locale of LOCALES) i18n.loadLocaleSync(locale, { filePath: localeFile(locale) });
  return i18n;
}

let shared: I18n<BotContext> | null = null;

/** `translate` bound to `lang`, over the same Fluent files the bot's handlers use. */
export function translator(lang: Lang): Translate {
  shared ??= createI18n();
  const i18n = shared;
  return (key, args) => i18n.translate(lang, key, args);
}
