import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { buildBilingualDictionary } from '../../src/text/bilingual-dictionary.js';
import { dictdSource } from '../helpers/dictd-source.js';

const phrase = (form: string) => analyseText(form);
const tokensOf = (groups: string[][][]) => groups.flat(2);

describe('expandQuery', () => {
  it('expands an English question into both languages and drops the question words', () => {
    const query = expandQuery('what did Putin say about BRICS');
    expect(query.lang).toBe('en');
    expect(query.entities).toEqual(['putin', 'brics']);
    expect(query.groups).toEqual([
      [phrase('بوتين'), phrase('Putin')],
      [phrase('بريكس'), phrase('BRICS')],
    ]);
    expect(query.groups).toEqual([[['بوت'], ['putin']], [['بريكس'], ['bric']]]);
    for (const word of ['what', 'did', 'say', 'about']) expect(tokensOf(query.groups)).not.toContain(word);
  });

  it('expands the same question in Arabic to the same concepts', () => {
    const query = expandQuery('ماذا قال بوتين عن بريكس؟');
    expect(query.lang).toBe('ar');
    expect(query.groups).toEqual(expandQuery('what did Putin say about BRICS').groups);
    expect(tokensOf(query.groups)).toEqual(expect.arrayContaining(['putin', 'bric']));
  });

  it('matches a name after a listed prefix', () => {
    expect(expandQuery('وبوتين والبحرين').entities).toEqual(['putin', 'bahrain']);
  });

  it('matches multiword names as phrases, longest first, in both directions', () => {
    const arabic = expandQuery('منظمة شانغهاي للتعاون');
    const english = expandQuery('the Shanghai Cooperation Organisation');
    expect(arabic.entities).toEqual(['sco']);
    expect(english.entities).toEqual(['sco']);
    expect(arabic.groups).toEqual(english.groups);
    expect(arabic.groups[0]).toEqual(expect.arrayContaining([phrase('Shanghai Cooperation Organisation'), ['sco'], phrase('شانغهاي')]));
    expect(expandQuery('Shanghai').entities).toEqual(['shanghai']);
    expect(expandQuery('مجلس الأمن الدولي').entities).toEqual(['security-council']);
  });

  it('leaves out a longer form that contains a shorter one (it can match nothing more in an OR)', () => {
    const [putin] = expandQuery('Vladimir Putin').groups;
    expect(putin).toEqual([['بوت'], ['putin']]);
  });

  it('keeps names spelled like question words: WHO, US, New York', () => {
    const query = expandQuery('What did WHO and the US say about New York?');
    expect(query.entities).toEqual(['who', 'usa', 'new-york']);
    expect(query.groups[0]).toContainEqual(phrase('منظمة الصحة العالمية'));
    expect(expandQuery('who said what about us?').groups).toEqual([]);
  });

  it('drops the indefinite pronouns that stand for the fact asked: anywhere, anyone, somewhere', () => {
    expect(expandQuery('will the paintings be hung anywhere').groups).toEqual(expandQuery('where will the paintings be hung').groups);
    expect(tokensOf(expandQuery('did anyone see the comet somewhere').groups)).not.toContain(analyseText('anyone')[0]);
    expect(tokensOf(expandQuery('did anyone see the comet somewhere').groups)).not.toContain(analyseText('somewhere')[0]);
  });

  it('joins a sport by its name across languages: judo, الكاراتيه, weightlifting (no other sense in either)', () => {
    const has = (question: string, form: string) => expandQuery(question).groups.some((group) => group.some((phrase) => phrase.join(' ') === analyseText(form).join(' ')));
    expect(has('who won the judo title for clubs?', 'الجودو')).toBe(true);
    expect(has('مين فاز ببطولة الكاراتيه؟', 'karate')).toBe(true);
    expect(has('how many lifters took part in the weightlifting event?', 'رفع الأثقال')).toBe(true);
  });

  it('joins boats, fishermen and handicrafts across languages', () => {
    const has = (question: string, form: string) => expandQuery(question).groups.some((group) => group.some((phrase) => phrase.join(' ') === analyseText(form).join(' ')));
    expect(has('where did the boat break down?', 'القارب')).toBe(true);
    expect(has('كم صياد أنقذوا؟', 'fishermen')).toBe(true);
    expect(has('when does the handicrafts market open?', 'الحرف اليدوية')).toBe(true);
  });

  it('joins minors and employers across languages', () => {
    const has = (question: string, form: string) => expandQuery(question).groups.some((group) => group.some((phrase) => phrase.join(' ') === analyseText(form).join(' ')));
    expect(has('كم قاصر لقوا يشتغلون؟', 'minors')).toBe(true);
    expect(has('what do employers pay for the new permit?', 'أصحاب العمل')).toBe(true);
  });

  it('reads الدرون, a loanword the stemmer cuts to two letters, as a drone in both languages', () => {
    const groups = expandQuery('كم طائرة درون سجلوا؟ ووين يطيرون الدرون؟').groups;
    expect(groups.some((group) => group.some((phrase) => phrase.join(' ') === 'drone'))).toBe(true);
  });

  it('reads a noun counted in the accusative (`كم فريقا`, `كم مريضا`) as the known word without the case\'s alif', () => {
    expect(expandQuery('كم فريقا شارك؟').groups[0]).toEqual(expandQuery('كم فريق شارك؟').groups[0]);
    expect(tokensOf(expandQuery('كم فريقا شارك؟').groups)).toContain('team');
    expect(tokensOf(expandQuery('كم مريضا عولج؟').groups)).toEqual(expect.arrayContaining(tokensOf(expandQuery('كم مريض عولج؟').groups.slice(0, 1))));
  });

  it('never reads a verb\'s plural alif after waw (`وصلوا`, they reached) as that case\'s alif: no noun, no prayer (`صلاة`)', () => {
    const tokens = tokensOf(expandQuery('مين اللي وصلوا للقائمة؟').groups);
    expect(tokens).not.toContain('prayer');
    expect(tokens).not.toContain('صلو');
  });

  it('drops the dialect\'s لين and لحد ("until") as it drops "until": a preposition, no topic', () => {
    expect(tokensOf(expandQuery('الدوام مستمر لين متى؟').groups)).toEqual(analyseText('الدوام مستمر'));
    expect(tokensOf(expandQuery('التسجيل مفتوح لحد أي يوم؟').groups)).not.toContain('لحد');
  });

  it('drops the modal verbs, the particle of "end up" and the dialect\'s modal and "next to": they ask nothing', () => {
    const english = tokensOf(expandQuery('where can I buy the stamps? could I pay? where did the barley end up?').groups);
    for (const word of ['can', 'could', 'up']) expect(english).not.toContain(word);
    expect(english).toEqual(expect.arrayContaining(['buy', 'stamp', 'barley', 'end']));
    expect(tokensOf(expandQuery('وين أقدر أشتري الطوابع؟ ممكن أدفع؟').groups)).toEqual(analyseText('أشتري الطوابع أدفع'));
    expect(tokensOf(expandQuery('كم سعر المواقف جنب المباركية؟').groups)).not.toContain('جنب');
    // `خبر`, the singular of the listed `أخبار` ("what's the latest news")
    expect(tokensOf(expandQuery('وش آخر خبر عن الطقس؟').groups)).not.toContain('خبر');
    // `بكم`, "for how much": the price asked, not a topic
    expect(tokensOf(expandQuery('بكم كيلو السمك اليوم؟').groups)).not.toContain('بكم');
  });

  it('keeps other content words as concepts of their own, once each', () => {
    const query = expandQuery('What did Putin say about barley and Putin?');
    expect(query.entities).toEqual(['putin']);
    expect(query.groups).toEqual([[['بوت'], ['putin']], [['barley']]]);
  });

  it('returns no groups when only question and stop words remain', () => {
    expect(expandQuery('what did he say about it?')).toEqual({ lang: 'en', groups: [], entities: [] });
    expect(expandQuery('ماذا قال عن ذلك؟').groups).toEqual([]);
  });

  it('reports a mixed question as mixed', () => {
    expect(expandQuery('ماذا قال Putin عن BRICS').lang).toBe('mixed');
  });
});

describe('expandQuery with the store vocabulary (names no list holds)', () => {
  const names = buildNameVocabulary(['must', 'crane', 'even', 'shammari', 'شمر', 'مستو', 'قررت', 'container']);

  it('adds the other script\'s spelling of a name written as a name', () => {
    expect(expandQuery('what did Al-Shammari say', { names }).groups).toContainEqual([['shammari'], ['شمر']]);
    expect(expandQuery('ماذا قال الشمري', { names }).groups).toContainEqual([['شمر'], ['shammari']]);
  });

  it('leaves common words alone, whose three consonants meet unrelated words of the other script', () => {
    const groups = expandQuery('ماذا قررت أوبك+ بشأن مستويات الإنتاج؟', { names }).groups.flat(2);
    expect(groups).not.toContain('must');
    expect(groups).not.toContain('crane');
    expect(expandQuery('how many barley', { names }).groups).toEqual([[['barley']]]);
  });

  it('spells no Arabic word the store holds in another inflection: a word of the wire, no name (`فازت` is `فاز`, not "fast")', () => {
    const groups = expandQuery('مين فازت بالسباق؟', { names: buildNameVocabulary(['fast', 'فاز']) }).groups.flat(2);
    expect(groups).toContain('فاز');
    expect(groups).not.toContain('fast');
  });
});

describe('expandQuery with the wire lexicon', () => {
  it('expands common wire words into both languages and their synonyms', () => {
    const english = expandQuery('how did the Boursa close?').groups;
    expect(english[1]).toEqual(expect.arrayContaining([['end'], ['close'], analyseText('أغلقت'), analyseText('أنهت')]));
    const arabic = expandQuery('متى تبدأ امتحانات الثانوية؟').groups.flat(2);
    expect(arabic).toEqual(expect.arrayContaining(['exam', 'secondary', 'start']));
    expect(expandQuery('What did Putin say about wheat exports?').groups[2]).toEqual(expect.arrayContaining([['export'], analyseText('صادرات')]));
  });
});

describe('expandQuery and bare Arabic proclitics', () => {
  const names = buildNameVocabulary(['بورص', 'لبورص', 'كر', 'يد', 'لكر', 'وطن', 'طن']);

  it('looks for a word in the proclitic forms the store holds, both ways', () => {
    expect(expandQuery('أداء البورصة', { names }).groups).toContainEqual(expect.arrayContaining([['بورص'], ['لبورص']]));
    expect(expandQuery('شو صار لبورصة؟', { names }).groups).toContainEqual(expect.arrayContaining([['بورص'], ['لبورص']]));
    // `لبورصة الكويت` is the gazetteer's Boursa Kuwait, found through the preposition
    expect(expandQuery('ايش صار لبورصة الكويت', { names }).groups).toContainEqual(expect.arrayContaining([['بورص', 'كويت'], ['boursa', 'kuwait']]));
  });

  it('matches a gazetteer or lexicon phrase through a bare preposition, and its glued forms', () => {
    const groups = expandQuery('الأزرق تأهل لكرة اليد؟', { names }).groups;
    const handball = groups.find((group) => group.some((p) => p.join(' ') === 'handball'));
    expect(handball).toEqual(expect.arrayContaining([['كر', 'يد'], ['لكر', 'يد']]));
    expect(tokensOf(groups)).not.toContain('لكر ');
  });

  it('takes no one-letter proclitic off a short word to make a lexicon word of it', () => {
    // وطن (homeland) is not و + طن (ton)
    expect(tokensOf(expandQuery('متى عطلة الأعياد الوطنية؟', { names }).groups)).not.toContain('ton');
  });
});

describe('expandQuery with the store’s spellings in the other script', () => {
  // A lowercase word the store holds is taken for a common word, so no name lookup spells it in Arabic;
  // the store's parallel stories, writing it alike in both, do (see induceLexicon's speltAlikeOf).
  const names = buildNameVocabulary(['zakat', 'fund', 'زكا', 'صندوق']);
  const induced = { pairs: [], translationsOf: () => [], speltAlikeOf: (token: string) => (token === 'zakat' ? ['زكا'] : []) };

  it('adds the spelling as an induced form, which names the concept and is never required', () => {
    const query = expandQuery('how much did the zakat fund collect', { names, induced });
    expect(query.groups[0]).toEqual([['zakat'], ['زكا']]);
    expect(query.translated?.[0]).toEqual([['زكا']]);
  });
});

describe('a place name written with the article it never takes is a common noun', () => {
  it('reads `الكابل` as the cable and `القطر` as a diameter, `كابل` and `قطر` and `العراق` as places', () => {
    expect(expandQuery('متى يصلحون الكابل البحري؟').entities).not.toContain('kabul');
    expect(expandQuery('كم يبلغ القطر؟').entities).not.toContain('qatar');
    expect(expandQuery('كم رحلة إلى كابل؟').entities).toContain('kabul');
    expect(expandQuery('زار الوزير قطر والعراق').entities).toEqual(expect.arrayContaining(['qatar', 'iraq']));
  });
});

describe('expandQuery with a general dictionary', () => {
  const dictionary = buildBilingualDictionary([
    dictdSource([
      ['salon', 'Salon /sˈalɒn/\nالصالون\n'],
      ['fine', 'Fine /fˈaɪn/\n1. الغرامة\n2. ناعم\n'],
      ['kennel', 'Kennel /kˈɛnəl/\nبيت الكلب\n'],
    ]),
  ]);
  const token = (word: string) => analyseText(word)[0] as string;
  const names = buildNameVocabulary(['fine', 'closed', token('الصالون'), token('الغرامة'), token('ناعم'), token('المحلات')]);

  it('translates a word no list or induced translation bridges into the words the store holds, marked as the dictionary’s', () => {
    const query = expandQuery('how many salons were closed', { names, dictionary });
    expect(query.groups[0]).toEqual([[token('salons')], phrase('الصالون')]);
    expect(query.dictionary?.[0]).toEqual([phrase('الصالون')]);
    expect(query.translated?.[0]).toEqual([phrase('الصالون')]);
  });

  it('adds no translation the store does not hold, and none without the store’s vocabulary', () => {
    expect(expandQuery('how many kennels were closed', { names, dictionary }).dictionary).toBeUndefined();
    expect(expandQuery('how many salons were closed', { dictionary }).dictionary).toBeUndefined();
  });

  it('translates a word glued to the Gulf’s `ب` by the word without it, when the store holds the glued form as another word', () => {
    const arabic = buildBilingualDictionary([dictdSource([['عرض', 'عرض /ʕardˤ/\nShow\n']])]);
    // `بعرض` is stored as "in width" (`بعرض مترين`); asked `بعرض السيرك`, it is "at the circus show".
    const store = buildNameVocabulary(['show', 'circus', 'bird', token('بعرض'), token('السيرك')]);
    const group = expandQuery('كم طفل ضحك بعرض السيرك', { names: store, dictionary: arabic }).groups.find((forms) => forms.some((form) => form.join(' ') === token('بعرض')));
    expect(group).toContainEqual(['show']);
    // Nor is it a name its consonants spell in English.
    expect(group).not.toContainEqual(['bird']);
  });
});
