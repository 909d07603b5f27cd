import { describe, expect, it } from 'vitest';
import { classifySmallTalk } from '../../src/answer/classify-small-talk.js';

describe('small talk is told from questions', () => {
  it.each([
    ['hello', 'greeting', 'en'], ['Hi there!', 'greeting', 'en'], ['good morning', 'greeting', 'en'],
    ['مرحبا', 'greeting', 'ar'], ['هلا والله', 'greeting', 'ar'], ['السلام عليكم ورحمة الله', 'greeting', 'ar'], ['صباح الخير 🌞', 'greeting', 'ar'],
    ['thanks', 'thanks', 'en'], ['Thank you so much!', 'thanks', 'en'], ['شكرا', 'thanks', 'ar'], ['مشكور', 'thanks', 'ar'], ['يعطيك العافية', 'thanks', 'ar'],
    ['help', 'help', 'en'], ['what can you do?', 'help', 'en'], ['مساعدة', 'help', 'ar'], ['شو تسوي؟', 'help', 'ar'],
  ])('%s is %s in %s', (message, kind, lang) => {
    expect(classifySmallTalk(message)).toEqual({ kind, lang });
  });

  it.each(['hello, what did Putin say about BRICS?', 'هلا فبراير متى يبدأ؟', 'ما آخر الأخبار', 'thanks to whom did the Amir send a cable?', 'help for Gaza'])(
    '%s is a question',
    (message) => expect(classifySmallTalk(message)).toBeNull(),
  );
});
