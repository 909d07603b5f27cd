import { fileURLToPath } from 'node:url';
import { I18n } from '@grammyjs/i18n';
import type { BotContext } from './bot-context.js';

const localeFile = (locale: string) => fileURLToPath(new URL(`./locales/${locale}.ftl`, import.meta.url));

/** Fluent translations for ar and en; the subscriber's setting wins, else the user's Telegram language. */
export function createI18n(): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale: 'en',
    localeNegotiator: (ctx) => ctx.subscriber?.lang ?? (ctx.from?.language_code?.startsWith('ar') ? 'ar' : 'en'),
  });
  for (const locale of ['en', 'ar']) i18n.loadLocaleSync(locale, { filePath: localeFile(locale) });
  return i18n;
}
