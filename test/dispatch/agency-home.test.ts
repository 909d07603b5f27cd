import { describe, expect, it } from 'vitest';
import { isAgencyHome } from '../../src/dispatch/agency-home.js';
import { agencyMarkers } from '../../src/dispatch/agency-markers.js';
import { loadGazetteer } from '../../src/text/gazetteer.js';

describe('isAgencyHome: the country and capital of the agencies that filed the dispatches compared', () => {
  it('is Kuwait and Kuwait City for KUNA copy, and the UAE and Abu Dhabi for WAM copy', () => {
    expect(isAgencyHome('kuwait', ['KUNA', 'KUNA'])).toBe(true);
    expect(isAgencyHome('kuwait-city', ['KUNA'])).toBe(true);
    expect(isAgencyHome('uae', ['KUNA', 'KUNA'])).toBe(false);
    expect(isAgencyHome('uae', ['WAM', 'WAM'])).toBe(true);
    expect(isAgencyHome('abu-dhabi', ['WAM'])).toBe(true);
    expect(isAgencyHome('kuwait', ['WAM', 'WAM'])).toBe(false);
    expect(isAgencyHome('riyadh', ['SPA'])).toBe(true);
    expect(isAgencyHome('qatar', ['QNA'])).toBe(true);
    // Two agencies: each one's home.
    expect(isAgencyHome('kuwait', ['KUNA', 'WAM'])).toBe(true);
    expect(isAgencyHome('uae', ['KUNA', 'WAM'])).toBe(true);
  });

  it('takes the other dispatch\'s home beside an unknown agency, and every listed home when no agency is known', () => {
    expect(isAgencyHome('kuwait', ['KUNA', 'UNKNOWN'])).toBe(true);
    expect(isAgencyHome('uae', ['KUNA', 'UNKNOWN'])).toBe(false);
    expect(isAgencyHome('kuwait', ['UNKNOWN', 'UNKNOWN'])).toBe(true);
    expect(isAgencyHome('doha', ['UNKNOWN'])).toBe(true);
    expect(isAgencyHome('kuwait', ['Xinhua'])).toBe(true);
    expect(isAgencyHome('beijing', ['Xinhua', 'UNKNOWN'])).toBe(false);
    expect(isAgencyHome('kuwait', [])).toBe(true);
  });

  it('lists each home as a gazetteer country and city', () => {
    const { byId } = loadGazetteer();
    for (const { home } of agencyMarkers) {
      expect(byId.get(home.country)?.kind).toBe('country');
      expect(byId.get(home.capital)?.kind).toBe('city');
    }
  });
});
