import { analyseText } from './analyse-text.js';
import { type DictdIndexEntry, parseDictdArticle } from './parse-dictd.js';
import { isArabicScript } from './transliterate-name.js';

/** One dictd dictionary as read: its index and its uncompressed text (UTF-8 bytes: the index counts bytes). */
export interface DictdSource {
  index: readonly DictdIndexEntry[];
  text: Uint8Array;
}

const utf8 = new TextDecoder();

/** A general dictionary on analysed tokens, both directions (English to Arabic, Arabic to English). */
export interface BilingualDictionary {
  /**
   * The analysed phrases the dictionary translates a token with, its first sense first, only in the
   * other script; none for a token no headword analyses to.
   */
  translationsOf(token: string): string[][];
}

/** Whether an analysed phrase is written in the other script than `token`. */
const otherScript = (token: string, phrase: readonly string[]) => phrase.length > 0 && phrase.every((word) => isArabicScript(word) !== isArabicScript(token));

/**
 * A dictionary over analysed tokens from dictd dictionaries (FreeDict's English-Arabic and
 * Arabic-English): a one-word headword is found by its analysed token, as a question's word is
 * analysed, so "salons" finds "Salon" and `بالصالون` finds `الصالون`. The headwords are analysed on
 * the first lookup, an article only when looked up. Pure but for that memory.
 */
export function buildBilingualDictionary(sources: readonly DictdSource[]): BilingualDictionary {
  let byToken: Map<string, Array<{ source: DictdSource; entry: DictdIndexEntry }>> | undefined;
  const index = () => {
    if (byToken) return byToken;
    byToken = new Map();
    for (const source of sources) {
      for (const entry of source.index) {
        const tokens = analyseText(entry.headword);
        if (tokens.length !== 1) continue;
        const token = tokens[0] as string;
        const list = byToken.get(token);
        if (list) list.push({ source, entry });
        else byToken.set(token, [{ source, entry }]);
      }
    }
    return byToken;
  };
  const memo = new Map<string, string[][]>();
  return {
    translationsOf(token) {
      const known = memo.get(token);
      if (known) return known;
      const phrases = new Map<string, string[]>();
      for (const { source, entry } of index().get(token) ?? []) {
        for (const sense of parseDictdArticle(utf8.decode(source.text.subarray(entry.offset, entry.offset + entry.length)))) {
          const phrase = analyseText(sense);
          if (otherScript(token, phrase) && !phrases.has(phrase.join(' '))) phrases.set(phrase.join(' '), phrase);
        }
      }
      const found = [...phrases.values()];
      memo.set(token, found);
      return found;
    },
  };
}
