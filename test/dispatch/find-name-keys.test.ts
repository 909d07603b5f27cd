import { describe, expect, it } from 'vitest';
import { findNameKeys } from '../../src/dispatch/find-name-keys.js';

describe('findNameKeys', () => {
  it('gives a name no gazetteer lists the same key in both scripts', () => {
    const en = findNameKeys('Singer Mutlaq Al-Rashidi opened the season at the Salwa theatre.', 'en');
    const ar = findNameKeys('افتتح المطرب مطلق الرشيدي الموسم على مسرح سلوى.', 'ar');
    const shared = en.filter((key) => ar.includes(key));
    expect(shared).toEqual(expect.arrayContaining(['MTLK', 'RSD']));
  });

  it('takes only capitalised words from English', () => {
    expect(findNameKeys('the singer opened the season on a theatre stage', 'en')).toEqual([]);
  });

  it('takes no month, weekday, title or the agency for a name: every story of a day writes them', () => {
    expect(findNameKeys('Sheikh Minister told KUNA on Monday, February 16, that the News Agency would publish it.', 'en')).toEqual([]);
  });
  it('keys a first and family name too short to match alone by the two together, in both scripts', () => {
    const en = findNameKeys('Coach Fahad Al-Nasi praised the team, and Sami Al-Adwani scored twice.', 'en');
    const ar = findNameKeys('أشاد المدرب فهد الناصي بالفريق وسجل سامي العدواني هدفين.', 'ar');
    const shared = en.filter((key) => ar.includes(key));
    expect(shared).toEqual(expect.arrayContaining(['FHD+NS']));
    expect(shared.some((key) => key === 'NS' || key === 'SM')).toBe(false);
  });

  it('makes no pair key of a gazetteer entry: its entity key counts it', () => {
    expect(findNameKeys('Crowds filled the parks over Eid Al-Fitr in Kuwait City.', 'en').filter((key) => key.includes('+'))).toEqual([]);
  });
});
