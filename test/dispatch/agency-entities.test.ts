import { describe, expect, it } from 'vitest';
import { agencyEntityIds, namesAgency } from '../../src/dispatch/agency-entities.js';

describe('agencyEntityIds', () => {
  it('finds the gazetteer organisation of each agency a dispatch records, by its name, markers or full names', () => {
    expect(agencyEntityIds('KUNA')).toEqual(['kuna']);
    expect(agencyEntityIds('WAM')).toEqual(['wam']);
    expect(agencyEntityIds('SPA')).toEqual(['spa']);
    // `قنا` is no gazetteer form (a common word too): the Latin marker finds it
    expect(agencyEntityIds('QNA')).toEqual(['qna']);
    // an agency given by `ingest --agency`, listed in the gazetteer by its name alone
    expect(agencyEntityIds('Xinhua')).toEqual(['xinhua']);
    expect(agencyEntityIds('UNKNOWN')).toEqual([]);
  });

  it('tells whether an entity names one of some agencies', () => {
    expect(namesAgency('wam', ['KUNA', 'WAM'])).toBe(true);
    expect(namesAgency('wam', ['KUNA'])).toBe(false);
    expect(namesAgency('kuwait', ['KUNA'])).toBe(false);
  });
});
