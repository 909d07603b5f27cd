import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFtsQuery, queryTerms } from '../../src/search/build-fts-query.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';

describe('buildFtsQuery', () => {
  it('ORs the alternatives of a concept and, by default, the concepts', () => {
    const query = { groups: [[['بوت'], ['putin']], [['بريكس'], ['bric']]] };
    expect(buildFtsQuery(query)).toBe('("بوت" OR "putin") OR ("بريكس" OR "bric")');
    expect(buildFtsQuery(query, 'all')).toBe('("بوت" OR "putin") AND ("بريكس" OR "bric")');
  });

  it('quotes a multiword name as one phrase of analysed tokens', () => {
    const match = buildFtsQuery(expandQuery('Shanghai Cooperation Organisation'));
    expect(match).toContain('"shanghai cooperation organisation"');
    expect(match).toContain(`"${analyseText('شانغهاي').join(' ')}"`);
    expect(buildFtsQuery({ groups: [[['منظم', 'شانغها', 'تعا']]] })).toBe('"منظم شانغها تعا"');
  });

  it('quotes FTS keywords and doubles quotes, so a query is never read as syntax', () => {
    expect(buildFtsQuery({ groups: [[['OR']], [['NEAR']], [['a"b']], [['NOT', 'x']]] })).toBe('"OR" OR "NEAR" OR "a""b" OR "NOT x"');
    expect(buildFtsQuery({ groups: [[['*']], [['oil*', '^']]] })).toBe('"oil*"');
  });

  it('returns null when nothing searchable remains', () => {
    expect(buildFtsQuery({ groups: [] })).toBeNull();
    expect(buildFtsQuery({ groups: [[[]], [['*', '"']]] })).toBeNull();
    expect(buildFtsQuery(expandQuery('what did he say about it?'))).toBeNull();
  });

  it('repeats no alternative', () => {
    expect(buildFtsQuery({ groups: [[['oil'], ['oil'], ['نفط']]] })).toBe('("oil" OR "نفط")');
  });
});

describe('queryTerms', () => {
  it('lists every distinct token once, in order', () => {
    expect(queryTerms(expandQuery('what did Putin say about BRICS and Putin'))).toEqual(['بوت', 'putin', 'بريكس', 'bric']);
    expect(queryTerms({ groups: [[['منظم', 'شانغها'], ['sco']], [['sco'], ['*']]] })).toEqual(['منظم', 'شانغها', 'sco']);
  });
});

describe('buildFtsQuery against SQLite FTS5', () => {
  let db: Database.Database;
  const paragraphs = [
    // about Putin, the SCO and BRICS
    'بكين - 4 - 2 (كونا) -- أكد الرئيس الروسي فلاديمير بوتين خلال اتصال مع نظيره الصيني شي جين بينغ استعداد موسكو لتعزيز التنسيق مع بكين في الأمم المتحدة ومنظمة شانغهاي للتعاون ومجموعة دول (بريكس).',
    // about oil prices, naming neither
    'الكويت - 5 - 2 (كونا) -- ارتفع سعر برميل النفط الكويتي 45 سنتا ليبلغ 66.10 دولار أمريكي في تداولات أمس مقابل 65.65 دولار.',
    // names BRICS only
    'جوهانسبرغ - 3 - 2 (كونا) -- بحث وزراء مالية دول مجموعة (بريكس) في اجتماعهم اليوم تعزيز التجارة البينية.',
  ];

  beforeEach(() => {
    db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE passages USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 0')");
    const insert = db.prepare<[number, string]>('INSERT INTO passages (rowid, terms) VALUES (?, ?)');
    paragraphs.forEach((text, index) => insert.run(index + 1, analyseText(text).join(' ')));
  });
  afterEach(() => db.close());

  const search = (match: string) =>
    db.prepare<[string], { rowid: number }>('SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY bm25(passages)').all(match).map((row) => row.rowid);

  it('finds the Arabic paragraph for an English question, the one naming both concepts first', () => {
    const match = buildFtsQuery(expandQuery('What did Putin say about BRICS?'));
    expect(search(match as string)).toEqual([1, 3]);
  });

  it('finds the multiword name as a phrase from either language', () => {
    expect(search(buildFtsQuery(expandQuery('Shanghai Cooperation Organisation')) as string)).toEqual([1]);
    expect(search(buildFtsQuery(expandQuery('منظمة شانغهاي للتعاون')) as string)).toEqual([1]);
    expect(search(buildFtsQuery(expandQuery('Kuwait oil price')) as string)[0]).toBe(2);
  });

  it('runs hostile input as plain words without an FTS syntax error', () => {
    const hostile = ['OR', 'NEAR(a b)', '"', '*', 'AND (', 'NOT', 'terms:x', '^start', '{a b}'];
    for (const text of hostile) {
      const match = buildFtsQuery({ groups: [[[text]], [['bric']]] });
      expect(() => search(match as string), text).not.toThrow();
    }
    const match = buildFtsQuery(expandQuery('BRICS" OR NEAR(* AND) NOT terms:'));
    expect(search(match as string)).toEqual([3, 1]);
  });
});
