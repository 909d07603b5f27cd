import { describe, expect, it } from 'vitest';
import { fateThingAsked, fateWordsAsked } from '../../src/answer/fate-thing-asked.js';
import { weighConcepts } from '../../src/answer/weigh-concepts.js';
import { analyseText } from '../../src/text/analyse-text.js';
import { expandQuery } from '../../src/text/expand-query.js';
import { buildNameVocabulary } from '../../src/text/name-vocabulary.js';
import { askOnWire } from '../helpers/ask-on-wire.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tempDir = useTempDir();
const now = new Date('2026-05-08T08:00:00Z');

// Falcons seized at a market told with the fine and nothing to come of them, and telescopes seized at a port told with
// what will be done with them. Written for this test.
const WIRE = `Date : 07/05/2026
Inspectors seize 35 falcons at bird market
KUWAIT, May 7 (KUNA) -- Inspectors seized 35 falcons without import papers at a bird market on Thursday, the agriculture authority said.
Inspector Jassim Al-Hamad told KUNA the campaign covered 40 shops and that the fine for selling a bird without papers reached KD 2,000.
(end)
ab.cd

Date : 07/05/2026
Customs seize 300 telescopes at Shuwaikh port
KUWAIT, May 7 (KUNA) -- Customs officers seized 300 telescopes hidden in a container at Shuwaikh port on Thursday, the customs administration said.
Customs official Sami Al-Jaber told KUNA the seized telescopes would be donated to school science laboratories.
(end)
ab.cd
`;

const ask = (question: string) => askOnWire(tempDir(), WIRE, question, now);

describe('near misses: the fate of a thing asked, a passage telling nothing to come of it', () => {
  const asked: [string, string[] | undefined][] = [
    ['what will happen to the 35 seized falcons', ['35', 'seized', 'falcons']],
    ["what's going to happen to them?", []],
    ['what happens to the seized falcons now?', ['seized', 'falcons']],
    ['what will the customs do with the telescopes?', ['telescopes']],
    ['الصقور اللي صادروها شبيسوون فيها؟', ['الصقور', 'صادروها']],
    ['شنو بيصير للصقور المضبوطة؟', ['للصقور', 'المضبوطه']],
    ['what happens to people who break the rule?', undefined],
    ['what happened to the driver?', undefined],
    ['الشناط اللي محد ياخذها شيسوون فيها؟', undefined],
  ];
  it.each(asked)('reads the thing whose fate %s asks (a rule in the present, a past: no fate)', (question, thing) => {
    expect(fateThingAsked(question)).toEqual(thing);
  });

  it('declines what will happen to the falcons, with only their seizure and the fine told', async () => {
    expect((await ask('what will happen to the 35 seized falcons?')).found).toBe(false);
  });

  it('answers what will happen to the telescopes', async () => {
    const answer = await ask('what will happen to the seized telescopes?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('donated');
  });
});


// The words of a store written for this test: a tower's bricks, and a fate the wire names elsewhere.
const stored = buildNameVocabulary(['مصير', 'مكعبات', 'البرج', 'الصالح', 'سيفكك', 'boat', 'fate', 'sank'].flatMap((word) => analyseText(word)));
const criticalOf = (question: string) =>
  weighConcepts(expandQuery(question, { names: stored }), question, stored, 10, null).list.filter((c) => c.critical).map((c) => c.group[0]?.join(' '));

describe('the fate\'s own noun (`مصير`, "fate") frames the asking: the wire tells what is to come, not the word', () => {
  it('reads the noun of a fate only in a question asking one', () => {
    expect(fateWordsAsked('شنو قالت عن مصير مكعبات البرج؟')).toEqual(['مصير']);
    expect(fateWordsAsked('what is the fate of the boat?')).toEqual(['fate']);
    expect(fateWordsAsked('what happened to the driver?')).toEqual([]);
  });

  it('weighs the noun of the fate asked as no topic, the thing whose fate it is as one', () => {
    expect(criticalOf('الصالح شنو قالت عن مصير مكعبات البرج؟')).not.toContain('مصير');
    expect(criticalOf('الصالح شنو قالت عن مصير مكعبات البرج؟')).toContain('برج');
    expect(criticalOf('what is the fate of the boat?')).toEqual(['boat']);
  });
});
