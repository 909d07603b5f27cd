import { describe, expect, it } from 'vitest';
import { missesRoleAsked, roleAsked } from '../../src/answer/misses-role-asked.js';
import { nearMissOf } from '../../src/answer/near-miss-checks.js';
import { nearMissQuestion, toldStory } from '../helpers/near-miss-question.js';

// Sentences written for this test.
describe('near misses: the holder of a part asked (a coach, an owner), no name tied to the part', () => {
  it('reads a coach or an owner asked, not another question about the team or the thing', () => {
    expect(roleAsked('who coaches the kuwait judo team?')).toBeDefined();
    expect(roleAsked("what is the name of the rowing team's new coach?")).toBeDefined();
    expect(roleAsked('منو مدرب منتخب الرماية؟')).toBeDefined();
    expect(roleAsked('who owns the farm where the fire started?')).toBeDefined();
    expect(roleAsked('شو اسم صاحب الحصان الفائز؟')).toBeDefined();
    expect(roleAsked('who won the judo gold?')).toBeUndefined();
    expect(roleAsked('منو فاز بالسباق؟')).toBeUndefined();
    expect(roleAsked('who scored for qadsia in the final?')).toBeDefined();
    expect(roleAsked('منو هداف الدوري؟')).toBeDefined();
    expect(roleAsked('how many goals did qadsia score?')).toBeUndefined();
  });

  it('misses where the part is told without a name or another person is named', () => {
    const coach = roleAsked('who coaches the kuwait judo team?')!;
    expect(missesRoleAsked(coach, 'Team manager Salem Al-Khaldi told KUNA that a Spanish coach would train the team from March.')).toBe(true);
    expect(missesRoleAsked(coach, 'The team, coached by Salem Al-Khaldi, won two golds.')).toBe(false);
    expect(missesRoleAsked(coach, 'Head coach Salem Al-Khaldi said the team was ready.')).toBe(false);
    expect(missesRoleAsked(coach, 'وقال مدير المنتخب سالم الخالدي إن مدربا إسبانيا سيتولى تدريب المنتخب.')).toBe(true);
    expect(missesRoleAsked(coach, 'وقال مدرب المنتخب سالم الخالدي إن الفريق جاهز.')).toBe(false);
    const owner = roleAsked('who owns the boat that sank?')!;
    expect(missesRoleAsked(owner, "Brigadier Fahad Al-Enezi said the boat's owner would be questioned.")).toBe(true);
    expect(missesRoleAsked(owner, 'The boat is owned by Fahad Al-Enezi, the coast guard said.')).toBe(false);
    const scorer = roleAsked('who scored for qadsia in the final?')!;
    expect(missesRoleAsked(scorer, 'Committee secretary Bader Al-Sanousi told KUNA that Qadsia beat Salmiya 6-3 in the final.')).toBe(true);
    expect(missesRoleAsked(scorer, 'Qadsia beat Salmiya 6-3, with Ahmad Al-Enezi scoring three goals.')).toBe(false);
    expect(missesRoleAsked(scorer, 'وقال مدير المنتخب سعود المشعان إن اللاعب عبدالعزيز الرفاعي سجل ثلاثة أهداف.')).toBe(false);
    expect(missesRoleAsked(roleAsked('شو اسم صاحب الحصان الفائز؟')!, 'وفاز الحصان "برق" لصاحبه من الجهراء بالشوط الرئيسي.')).toBe(true);
  });

  it('is one of the near-miss checks, read on the whole dispatch and its other version', () => {
    const asked = nearMissQuestion('who scored for qadsia in the final?');
    const lead = 'Qadsia beat Salmiya 6-3 in the floorball final on Monday.';
    expect(nearMissOf(asked)(toldStory([lead, 'Committee secretary Bader Al-Sanousi told KUNA 160 players had registered.']))).toBe(true);
    // The lead stands for a dispatch whose next paragraph names the scorer, or for a story whose Arabic version does.
    expect(nearMissOf(asked)(toldStory([lead, 'Ahmad Al-Enezi scored three of the goals.']))).toBe(false);
    expect(nearMissOf(asked)({ ...toldStory([lead]), parallel: 'وقال مدير الفريق إن اللاعب أحمد العنزي سجل ثلاثة أهداف.' })).toBe(false);
  });
});
