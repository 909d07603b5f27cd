import type { Lang } from '../dispatch/dispatch-types.js';
import { normaliseArabic } from '../text/analyse-arabic.js';
import { isArabicScript } from '../text/transliterate-name.js';

/** What a message that is not a question is: a greeting, thanks, or a request for help. */
export type SmallTalk = 'greeting' | 'thanks' | 'help';

/** Whole messages only (matched on folded text: أ → ا, ة → ه, lowercase, punctuation and emoji gone). */
const FORMS: Record<SmallTalk, RegExp> = {
  greeting: new RegExp(
    `^(?:${[
      'hi', 'hello', 'hey', 'hiya', 'howdy', 'yo', 'good (?:morning|afternoon|evening|day)', 'greetings', 'salam', 'salaam', 'assalamu alaikum',
      'مرحبا', 'مرحبتين', 'مراحب', 'هلا', 'هلا والله', 'هلا وغلا', 'هلا هلا', 'اهلا', 'اهلين', 'اهلا وسهلا', 'هاي', 'السلام عليكم', 'سلام عليكم',
      'سلام', 'صباح الخير', 'صباح النور', 'مساء الخير', 'مساء النور', 'شلونك', 'شخبارك', 'كيف الحال', 'كيف حالك',
    ].join('|')})(?: (?:there|bot|all|everyone|يا بوت|ورحمه الله|ورحمه الله وبركاته|شلونك|كيف الحال))*$`,
    'u',
  ),
  thanks: new RegExp(
    `^(?:${[
      'thanks?(?: you)?(?: (?:so|very) much)?(?: a lot)?', 'thx', 'ty', 'cheers', 'much appreciated', 'great thanks', 'ok thanks', 'perfect thanks',
      'شكرا(?: (?:لك|جزيلا|كثير))?', 'مشكور', 'مشكوره', 'يعطيك العافيه', 'الله يعطيك العافيه', 'تسلم', 'تسلمين', 'جزاك الله خير', 'ثانكس', 'ممنون',
    ].join('|')})$`,
    'u',
  ),
  help: new RegExp(
    `^(?:${[
      'help', 'help me', 'what can you do', 'how does this work', 'how do i use this', 'how do you work', 'what are you', 'who are you', 'commands',
      'مساعده', 'ساعدني', 'شو تسوي', 'ايش تسوي', 'وش تسوي', 'شنو تسوي', 'ماذا تفعل', 'ماذا يمكنك ان تفعل', 'كيف استخدمك', 'كيف استخدم البوت', 'من انت', 'مين انت',
    ].join('|')})$`,
    'u',
  ),
};

/** Folds a message for matching: Arabic normalised, lowercase, only letters and single spaces. */
function fold(text: string): string {
  return normaliseArabic(text).toLowerCase().replace(/[^\p{L}\s']+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a message is small talk rather than a question (a greeting, thanks, a request for help),
 * and in which language to answer it: "hello", "مرحبا", "شكرا", "help". Only a message that is
 * nothing else: "hello, what did Putin say?" is a question. Pure.
 */
export function classifySmallTalk(message: string): { kind: SmallTalk; lang: Lang } | null {
  const folded = fold(message);
  if (!folded) return null;
  const lang: Lang = isArabicScript(folded) ? 'ar' : 'en';
  for (const kind of ['greeting', 'thanks', 'help'] as const) if (FORMS[kind].test(folded)) return { kind, lang };
  return null;
}
