import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { findEntities, findEntitiesInTokens } from '../../src/text/find-entities.js';
import { arabicNisba, loadGazetteer } from '../../src/text/gazetteer.js';

const { entries, byId } = loadGazetteer();
const ARABIC = /^[\u0600-\u06FF\s+0-9-]+$/;
const LATIN = /^[\p{Script=Latin}0-9\s.'&+,-]+$/u;
const KINDS = ['person', 'country', 'city', 'org', 'club', 'company', 'office', 'topic'];

/**
 * Forms that analyse to another entry's tokens on purpose: عمان is Oman and Amman (Oman wins in
 * text); `+` is not a token character, so OPEC+ reads as OPEC.
 */
const INTENDED_SHARED = new Map([
  ['عمان', ['amman', 'oman']],
  ['اوبك', ['opec', 'opec-plus']],
  ['opec', ['opec', 'opec-plus']],
]);

describe('gazetteer data', () => {
  it('has at least 320 entries with unique kebab-case ids and known kinds', () => {
    expect(entries.length).toBeGreaterThanOrEqual(320);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(KINDS).toContain(entry.kind);
    }
  });

  it('gives every entry an Arabic and an English form, each in its script and analysable', () => {
    for (const entry of entries) {
      expect(entry.ar.length, entry.id).toBeGreaterThan(0);
      expect(entry.en.length, entry.id).toBeGreaterThan(0);
      for (const form of entry.ar) expect(form, entry.id).toMatch(ARABIC);
      for (const form of entry.en) expect(form, entry.id).toMatch(LATIN);
      for (const form of [...entry.ar, ...entry.en]) {
        expect(form, entry.id).toBe(form.trim());
        expect(analyseText(form).length, `${entry.id}: ${form}`).toBeGreaterThan(0);
      }
    }
  });

  it('maps no analysed form to two entries, except the intended ones', () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of entries) {
      for (const form of [...entry.ar, ...entry.en]) {
        const key = analyseText(form).join(' ');
        owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => [key, [...ids].sort()] as const);
    expect(new Map(shared)).toEqual(INTENDED_SHARED);
  });

  it('finds each entry by each of its own forms, longest name first', () => {
    const misses: string[] = [];
    for (const entry of entries) {
      for (const form of [...entry.ar, ...entry.en]) {
        const ids = findEntities(form);
        const shared = INTENDED_SHARED.get(analyseText(form).join(' '));
        if (!(ids.length === 1 && (ids[0] === entry.id || shared?.includes(entry.id)))) misses.push(`${entry.id}: ${form} → ${ids.join(',')}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('covers the names the wires are full of', () => {
    const arabLeague = ['kuwait', 'saudi-arabia', 'uae', 'qatar', 'bahrain', 'oman', 'iraq', 'yemen', 'jordan', 'syria', 'lebanon', 'palestine', 'egypt', 'sudan', 'libya', 'tunisia', 'algeria', 'morocco', 'mauritania', 'somalia', 'djibouti', 'comoros'];
    const people = ['putin', 'xi-jinping', 'trump', 'biden', 'erdogan', 'mishal', 'king-salman', 'mbs', 'mbz', 'tamim', 'guterres'];
    const offices = ['foreign-minister', 'prime-minister', 'crown-prince', 'amir'];
    const kuwait = ['national-assembly', 'kia', 'cbk', 'kpc', 'kuna', 'amiri-diwan', 'koc', 'zain', 'nbk', 'kuwait-airways'];
    const international = ['un', 'security-council', 'general-assembly', 'unicef', 'who', 'unhcr', 'unrwa', 'wfp', 'imf', 'world-bank', 'opec', 'opec-plus', 'brics', 'sco', 'arab-league', 'gcc', 'eu', 'nato', 'african-union', 'oic', 'asean', 'g20'];
    const companies = ['aramco', 'emirates-airline', 'qatar-airways', 'adnoc', 'sabic', 'qatarenergy'];
    const topics = ['influenza', 'vaccination', 'oil', 'inflation', 'ceasefire', 'earthquake', 'elections'];
    for (const id of [...arabLeague, ...people, ...offices, ...kuwait, ...international, ...companies, ...topics]) expect(byId.has(id), id).toBe(true);
    for (const id of arabLeague) expect(byId.get(id)?.kind).toBe('country');
  });

  it('spells key entries as the brief and the wires do', () => {
    expect(byId.get('putin')).toMatchObject({ kind: 'person', ar: expect.arrayContaining(['بوتين']), en: expect.arrayContaining(['Putin']) });
    expect(byId.get('sco')?.ar).toEqual(expect.arrayContaining(['منظمة شانغهاي للتعاون', 'شانغهاي']));
    expect(byId.get('mishal')?.ar[0]).toBe('الشيخ مشعل الأحمد الجابر الصباح');
    expect(byId.get('unrwa')?.ar).toContain('الأونروا');
    expect(byId.get('opec-plus')?.en[0]).toBe('OPEC+');
  });
});

describe('countries named by their adjective', () => {
  it.each([
    ['a Chinese company will build the port', 'china'],
    ['the Iraqi side', 'iraq'],
    ['ستبني شركة صينية الميناء', 'china'],
    ['القوات الروسية', 'russia'],
    ['السفارة الأمريكية', 'usa'],
  ])('%s names %s', (text, id) => expect(findEntities(text)).toContain(id));

  it('derives the Arabic adjective of a name ending in ا, and of no other', () => {
    expect(arabicNisba('روسيا')).toEqual(['روسية']);
    expect(arabicNisba('أمريكا')).toEqual(['أمريكية']);
    expect(arabicNisba('الصين')).toEqual([]);
    expect(arabicNisba('جنوب أفريقيا')).toEqual([]);
  });

  it('story grouping keys count names only', () => {
    expect(findEntitiesInTokens(analyseText('a Chinese company'), { adjectives: false })).toEqual([]);
    expect(findEntitiesInTokens(analyseText('a company from China'), { adjectives: false })).toEqual(['china']);
  });

  it('an English question with the adjective expands to the Arabic name and its adjective', () => {
    const forms = expandQuery('Which Chinese company signed?').groups.flat().map((phrase) => phrase.join(' '));
    expect(forms).toEqual(expect.arrayContaining(analyseText('الصين الصينية china')));
  });
});
