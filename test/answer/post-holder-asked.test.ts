import { describe, expect, it } from 'vitest';
import { asksRoleHolder, roleVerbAsked } from '../../src/answer/names-doer.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-09-10T08:00:00Z');

// A burns unit's summer and a camel race, each with a speaker named by post. The word "runs" stands in the
// race story, so the asker's verb is a word the store holds. Written for this test.
const WIRE = `Date : 09/09/2026
Burns unit treated 40 children this summer
KUWAIT, Sept 9 (KUNA) -- The burns unit at Babtain Hospital treated 40 children for scalds and burns over the summer, the Ministry of Health said on Wednesday.
Unit director Dr. Huda Al-Salem told KUNA most of the injuries happened in kitchens, and urged parents to keep kettles out of reach. (end)
ab.cd

Date : 09/09/2026
Camel race season opens in Kabd
KUWAIT, Sept 9 (KUNA) -- The camel racing season opened in Kabd on Wednesday with 12 runs over five kilometres, the racing club said.
Club secretary Fahad Al-Ajmi told KUNA the next runs would be held on Saturday. (end)
ab.cd
`;
const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('who holds a post, asked by the verb of the post or by a title of several words', () => {
  it('reads the verb a "who holds the post" question asks with, and no other verb', () => {
    expect(roleVerbAsked('Who runs the burns unit?')).toBe('runs');
    expect(roleVerbAsked('مين يدير وحدة الحروق؟')).toBe('يدير');
    expect(roleVerbAsked('Who won the camel race?')).toBeUndefined();
    expect(roleVerbAsked('How many runs were held?')).toBeUndefined();
    expect(roleVerbAsked('Who coaches the camel racers?')).toBeUndefined();
  });

  it('reads a title of several words after "who is the" as a post asked', () => {
    expect(asksRoleHolder('Who is the family affairs director at the ministry?')).toBe(true);
    expect(asksRoleHolder('Who is the traffic licensing director who opened the yards?')).toBe(true);
    expect(asksRoleHolder('Who is the driver who won the race?')).toBe(false);
  });

  it('answers who runs a unit with the speaker the wire names by its post', async () => {
    const result = await ask('Who runs the burns unit at Babtain Hospital?');
    expect(result.found).toBe(true);
    expect(result.citations.map((c) => c.quote).join(' ')).toMatch(/Huda Al-Salem/);
  });
});

describe('a post of two words, and organising, asked', () => {
  it('asks for the holder of a post of two words after منو (أمين سر)', () => {
    expect(asksRoleHolder('منو أمين سر اتحاد السباحة؟')).toBe(true);
    expect(asksRoleHolder('منو أمين الصندوق؟')).toBe(false);
  });

  it('asks for the holder of who organised or is coordinating a thing, its verb framing the post', () => {
    expect(asksRoleHolder('Who organised the dates festival?')).toBe(true);
    expect(roleVerbAsked('Who is coordinating the chess tournament?')).toBe('coordinating');
  });
});
