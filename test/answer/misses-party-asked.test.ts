import { describe, expect, it } from 'vitest';
import { partiesNamed, missesPartyAsked, partyAsked } from '../../src/answer/misses-party-asked.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-04-12T08:00:00Z');

// A karate championship won by Kuwait against Jordan and a fencing cup won by Iran, and three dispatches of
// Kuwait's own news that name neither, written for this test: the store names Kuwait in all, Jordan and Iran in one each.
const WIRE = `Date : 10/04/2026
KUWAIT, April 10 (KUNA) -- Kuwait's national karate team won three gold medals at the West Asian Karate Championship in Amman on Friday, beating Jordan in the team final. (end)
ab.cd

Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- Iran's fencers won four gold medals at the Asian Fencing Cup held in Kuwait on Saturday, the organisers said. (end)
ab.cd

Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- The Kuwait Municipality opened a new public park in Jabriya on Saturday with a walking track and a playground. (end)
ab.cd

Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- Kuwait's health ministry said on Saturday that its clinics would open late during the coming holiday. (end)
ab.cd

Date : 11/04/2026
KUWAIT, April 11 (KUNA) -- The Kuwait Meteorological Department forecast dusty winds on Sunday with visibility below one kilometre. (end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

/** A place concept as weighConcepts gives it: held by `documents` of `total` dispatches. */
const place = (id: string, documents: number) => ({ group: [[id]], place: true, documents, critical: false, entity: true, placeIds: [id] });

describe('near misses: the fact of one country asked, another country told', () => {
  it('reads the countries a text names by name or adjective, in order', () => {
    expect(partiesNamed('Kuwaiti weightlifter won gold in Amman, the Jordanian capital')).toEqual(['kuwait', 'jordan']);
    expect(partiesNamed('فاز اللاعب الكويتي على لاعب من كازاخستان')).toEqual(['kuwait', 'kazakhstan']);
  });

  it('reads a sports club as a party, in either script, and misses where another club owns the figures', () => {
    expect(partiesNamed('Salmiya Club beat Kazma 3-1 on Friday')).toEqual(['salmiya-club', 'kazma-club']);
    expect(partiesNamed('فاز نادي الكويت على نادي التضامن')).toEqual(['kuwait-club', 'tadamon-club']);
    const concepts = { total: 9, list: [place('kuwait', 8)] };
    expect(partyAsked('how many golds did Fahaheel Club win?', concepts)).toBe('fahaheel-club');
    expect(missesPartyAsked('yarmouk-club', 'number', 'Al-Jahra Club took the karate title with six golds, ahead of Yarmouk Club.')).toBe(true);
    expect(missesPartyAsked('jahra-club', 'number', 'Al-Jahra Club took the karate title with six golds, ahead of Yarmouk Club.')).toBe(false);
  });

  it('asks the one country a question names, unless the store names it in a third of its copy', () => {
    const concepts = { total: 9, list: [place('kuwait', 8), place('jordan', 1)] };
    expect(partyAsked('how many medals did Jordan win?', concepts)).toBe('jordan');
    expect(partyAsked('how many medals did Kuwait win?', concepts)).toBeUndefined();
    expect(partyAsked('how many medals did Iran and Jordan win?', concepts)).toBeUndefined();
    expect(partyAsked('how many medals were won?', concepts)).toBeUndefined();
  });

  it('asks a country only where the question writes its name or adjective, not a word its stem shares', () => {
    const concepts = { total: 9, list: [place('kuwait', 8)] };
    // a drop (قطرة), to quit (ترك), to carry (تشيل), kin-ball (الكين): stemmed as Qatar, Turkey, Chile, Kenya's adjective
    expect(partyAsked('كم واحد شارك في قطرة الماء؟', concepts)).toBeUndefined();
    expect(partyAsked('كم واحد سجل في عيادات ترك التدخين؟', concepts)).toBeUndefined();
    expect(partyAsked('كم وزن تقدر تشيل الطائرة؟', concepts)).toBeUndefined();
    expect(partyAsked('كم كورة كين بول اشترت الوزارة؟', concepts)).toBeUndefined();
    expect(partyAsked('كم ميدالية حصلت قطر؟', concepts)).toBe('qatar');
    expect(partyAsked('كم ميدالية حصل اللاعبون القطريون؟', concepts)).toBe('qatar');
    expect(partyAsked('كم لاعب كيني شارك بالماراثون؟', concepts)).toBe('kenya');
    expect(partyAsked('كم ميدالية حصلت كينيا؟', concepts)).toBe('kenya');
    expect(partyAsked('كم طيارة وصلت للسودان؟', concepts)).toBe('sudan');
  });

  it('misses where every sentence of the kind asked names another country first', () => {
    expect(missesPartyAsked('iran', 'number', 'Kuwait beat Iran 29-27 in the semi-final.')).toBe(true);
    expect(missesPartyAsked('iran', 'number', 'Iran beat Kuwait 29-27 in the semi-final.')).toBe(false);
    expect(missesPartyAsked('iran', 'number', 'Kuwait beat Iran 29-27. The goalkeeper made 16 saves.')).toBe(false);
    expect(missesPartyAsked('iran', 'date', 'Kuwait will play Iran on Monday.')).toBe(false);
  });

  it("reads each clause a speaker's sentence joins for its own owner, a clause naming none for the one before it", () => {
    const joined = 'The buyer told KUNA that Kuwait bought about 900 tonnes of rice a year, mostly for restaurants, and that rice from India made up two thirds of sales.';
    expect(missesPartyAsked('india', 'number', joined)).toBe(false);
    expect(missesPartyAsked('iran', 'number', joined)).toBe(true);
    expect(missesPartyAsked('india', 'number', 'The buyer said Kuwait bought about 900 tonnes of rice a year, and that two thirds of it went to restaurants.')).toBe(true);
    expect(missesPartyAsked('india', 'number', 'وقال إن الكويت اشترت نحو 900 طن من الأرز، وإن الأرز الهندي شكل 60 في المئة من المبيعات.')).toBe(false);
  });

  it("declines Jordan's medals where only Kuwait's are told, and answers Iran's", async () => {
    expect((await ask('how many gold medals did Jordan win at the West Asian Karate Championship?')).found).toBe(false);
    const iran = await ask('how many gold medals did Iran win at the Asian Fencing Cup?');
    expect(iran.found).toBe(true);
    expect(iran.citations.map((c) => c.quote).join(' ')).toMatch(/four gold medals/);
    expect((await ask('how many gold medals did Kuwait win at the West Asian Karate Championship?')).found).toBe(true);
  });
});

describe('a country that is no party asked', () => {
  const concepts = { list: [], total: 100 };
  it('takes a country after a word of opposition, or in an event\'s name, for no party asked', () => {
    expect(partyAsked('منو بيلعب منتخب السلة بعد إيران؟', concepts)).toBeUndefined();
    expect(partyAsked('who did the team play against Iran?', concepts)).toBeUndefined();
    expect(partyAsked('منو فاز ببطولة إيران للكاراتيه؟', concepts)).toBeUndefined();
    expect(partyAsked('who won the Iran Open?', concepts)).toBeUndefined();
    expect(partyAsked('how many medals did Iran win?', concepts)).toBe('iran');
  });

  it('takes a club for no other party than a country asked', () => {
    expect(missesPartyAsked('iran', 'person', 'Qadsia club won the title on Monday.')).toBe(false);
    expect(missesPartyAsked('iran', 'person', 'Kuwait beat Iran 29-27 on Monday.')).toBe(true);
  });
});
