import { normaliseArabic } from './analyse-arabic.js';

/**
 * Consonant classes shared by both scripts: what a name keeps whichever way it was transliterated.
 * Vowels and the weak letters (ا و ي, a e i o u w y) carry nothing but a word-initial vowel
 * (`A`: Ahmad/أحمد, Omar/عمر) or a word-initial w/y; emphatics fold into their plain letters
 * (ص→S, ض→D, ط→T, ظ→Z), ق and خ into K, غ and ج into G (wires write Georgieva غورغييفا and
 * Jasem جاسم), ش and ch into X, p into B and v into F (Arabic has neither).
 */
const ARABIC_CLASS: Record<string, string> = {
  ب: 'B', پ: 'B', ت: 'T', ث: 'T', ج: 'G', چ: 'X', ح: 'H', خ: 'K', د: 'D', ذ: 'D', ر: 'R', ز: 'Z', ژ: 'G',
  س: 'S', ش: 'X', ص: 'S', ض: 'D', ط: 'T', ظ: 'Z', غ: 'G', ف: 'F', ڤ: 'F', ق: 'K', ك: 'K', ک: 'K', گ: 'G',
  ل: 'L', م: 'M', ن: 'N', ه: 'H',
};
/** Arabic letters that are vowels or silent inside a word (ع and hamza too: Latin spells them with a vowel or nothing). */
const ARABIC_WEAK = new Set(['ا', 'و', 'ي', 'ع', 'ء', 'ئ', 'ؤ']);

/** Latin digraphs first, then single letters. */
const LATIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/tch|tsh|sch|sh|ch/g, 'X'],
  [/kh/g, 'K'],
  [/gh/g, 'G'],
  [/th/g, 'T'],
  [/dh/g, 'D'],
  [/ph/g, 'F'],
  [/dj|zh/g, 'G'],
  [/ck/g, 'K'],
  [/c(?=[eiy])/g, 'S'],
  [/^x/g, 'X'],
  [/x/g, 'KS'],
];
const LATIN_CLASS: Record<string, string> = {
  b: 'B', p: 'B', t: 'T', d: 'D', j: 'G', g: 'G', h: 'H', k: 'K', q: 'K', c: 'K', r: 'R', z: 'Z', s: 'S',
  f: 'F', v: 'F', l: 'L', m: 'M', n: 'N',
};
const LATIN_WEAK = new Set(['a', 'e', 'i', 'o', 'u', 'w', 'y']);

const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** The Arabic article on a name, after و or as لل (`المطيري`, `والمطيري`; not ك+ال: `كالاس` is Kallas). */
const ARABIC_ARTICLE = /^(?:و?ال|لل)(?=..)/;
/** A Latin article before a hyphen or apostrophe (`Al-`, `el-`, `as-`, `ash-`, `ad-`, `Al'`). */
const LATIN_ARTICLE = /^(?:al|el|as|ash|ad|ar|at|az|an|ul|ud|ur)[-'’](?=.)/;
/** `Abdul`/`Abdel`/`Abdal` and `عبدال` glue the article to "servant of": split it off (`Abdulrahman` = `عبد الرحمن`). */
const LATIN_ABD = /^(abd)(?:[uea]l[-']?|[uea]r[-']?|[uea][-'])(?=..)/;
const ARABIC_ABD = /^(عبد)ال(?=..)/;

/** The class of each letter, doubled classes collapsed; a word-initial vowel keeps `A`, an initial w/y keeps W/Y. */
function classes(letters: readonly string[], map: Record<string, string>, weak: ReadonlySet<string>, initial: (letter: string) => string): string {
  let out = '';
  letters.forEach((letter, i) => {
    const cls = i === 0 ? initial(letter) : weak.has(letter) ? '' : (map[letter] ?? (/^[A-Z]+$/.test(letter) ? letter : ''));
    if (cls && !out.endsWith(cls)) out += cls;
  });
  return out;
}

const arabicInitial = (letter: string) => (letter === 'و' ? 'W' : letter === 'ي' ? 'Y' : ARABIC_WEAK.has(letter) ? 'A' : (ARABIC_CLASS[letter] ?? ''));
const latinInitial = (letter: string) => (letter === 'w' ? 'W' : letter === 'y' ? 'Y' : LATIN_WEAK.has(letter) ? 'A' : (LATIN_CLASS[letter] ?? letter));

/** A final H is a spelling (ة, -ah: Abdullah/عبدالله, Fatima/فاطمة), not a consonant worth matching. */
const dropFinalH = (skeleton: string) => (skeleton.length > 2 && skeleton.endsWith('H') ? skeleton.slice(0, -1) : skeleton);

/** `Abdul…` split in two, else the article stripped: the parts of one written word. */
function splitArticle(text: string, abd: RegExp, article: RegExp): string[] {
  const glued = abd.exec(text);
  return glued ? [glued[1] as string, text.slice(glued[0].length)] : [text.replace(article, '')];
}

function arabicWordSkeletons(word: string): string[] {
  const text = normaliseArabic(word).replace(/[^\u0621-\u064A\u067E\u0686\u0698\u06A4\u06A9\u06AF]/g, '');
  return splitArticle(text, ARABIC_ABD, ARABIC_ARTICLE)
    .map((part) => dropFinalH(classes([...part.replace(/تش/g, 'چ')], ARABIC_CLASS, ARABIC_WEAK, arabicInitial)))
    .filter(Boolean);
}

function latinWordSkeletons(word: string): string[] {
  const text = word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z'’-]/g, '');
  return splitArticle(text, LATIN_ABD, LATIN_ARTICLE)
    .map((part) => {
      let mapped = part.replace(/[-'’]/g, '');
      for (const [pattern, cls] of LATIN_DIGRAPHS) mapped = mapped.replace(pattern, cls);
      return dropFinalH(classes([...mapped], LATIN_CLASS, LATIN_WEAK, latinInitial));
    })
    .filter(Boolean);
}

/** Words that are only an article (`Al Sabah`, `El Fasher`): they carry no consonant of the name. */
const ARTICLE_WORD = /^(?:al|el|ال)$/i;

/**
 * A name's consonant skeleton in a script-neutral alphabet, one entry per word (an article word or
 * a glued article dropped, `Abdul…`/`عبدال…` split in two): `Al-Mutairi`, `المطيري` and
 * `El Mutairy` all give `['MTR']`; `Abdulrahman` and `عبد الرحمن` give `['ABD', 'RHMN']`. Pure.
 */
export function nameSkeleton(name: string): string[] {
  return name
    .split(/[\s\u200c]+/)
    .filter((word) => word && !ARTICLE_WORD.test(word))
    .flatMap((word) => (ARABIC_LETTER.test(word) ? arabicWordSkeletons(word) : latinWordSkeletons(word)));
}

/** The skeleton of a one-word term at least `minLength` consonants long, or null (digits, several words, too short). Pure. */
export function wordSkeleton(term: string, minLength = 0): string | null {
  if (/\d/.test(term)) return null;
  const [skeleton, ...more] = nameSkeleton(term);
  return skeleton === undefined || more.length > 0 || skeleton.length < minLength ? null : skeleton;
}

/** Whether a word, or a sentence, is written in Arabic script: it holds a letter of the Arabic block. */
export function isArabicScript(word: string): boolean {
  return ARABIC_LETTER.test(word);
}
