import { describe, expect, it } from 'vitest';
import { otherCityReachDays, updateReachCities } from '../../src/dispatch/update-reach-cities.js';

describe('updateReachCities', () => {
  const update = { agency: 'KUNA', marker: 'update' as const, cityKey: 'kuwait', entityKeys: ['jahra', 'kuwait', 'ministry-of-social-affairs'], date: '2026-07-04' };

  it('offers a marked dispatch the cities it names, not its own dateline nor the agency\'s country, nor anything but a city', () => {
    expect(updateReachCities(update)).toEqual(['jahra']);
    expect(updateReachCities({ ...update, cityKey: 'jahra' })).toEqual([]);
    expect(updateReachCities({ ...update, marker: null })).toEqual([]);
  });

  it('leaves out the capital of the agency that filed it, whichever agency that is', () => {
    // Filed from Dubai, naming Abu Dhabi and Kuwait City: WAM's capital is its own, Kuwait City a place like any.
    const wam = { ...update, agency: 'WAM', cityKey: 'dubai', entityKeys: ['abu-dhabi', 'kuwait-city', 'uae'] };
    expect(updateReachCities(wam)).toEqual(['kuwait-city']);
    expect(updateReachCities({ ...wam, agency: 'KUNA' })).toEqual(['abu-dhabi']);
  });

  it('looks from the day before back as far as an update reaches', () => {
    expect(otherCityReachDays(update)[0]).toBe('2026-07-03');
    expect(otherCityReachDays(update).at(-1)).toBe('2026-06-20');
    expect(otherCityReachDays({ ...update, marker: null })).toEqual([]);
  });
});
