/**
 * General news-wire vocabulary of public affairs, written from knowledge of agency copy (not from
 * any evaluation set): one block a domain, each line a concept as in wire-lexicon-data.ts
 * (english;…|arabic;…). A concept joins true synonyms only; a block can be dropped whole. Only the
 * military block passed the evaluation's rule; diplomacy, parliament, justice, security and
 * disasters were tried and dropped (see the README's "tried and not kept").
 */
export const affairsLexiconBlocks: Record<string, string> = {
  /** Military. */
  military: `
army;armies|جيش;الجيش;جيوش
soldier;soldiers|جندي;جنود;الجنود
troops;forces|قوات;القوات
military|عسكري;العسكري;العسكرية;عسكرية
armed forces|القوات المسلحة
exercise;exercises;manoeuvres;maneuvers|مناورات;المناورات;مناورة;تمرين;تمرين عسكري;تمارين
missile;missiles;rocket;rockets|صاروخ;صواريخ;الصواريخ;صاروخي;الصاروخية
drone;drones;uav|طائرة مسيرة;طائرات مسيرة;الطائرات المسيرة;مسيرات;المسيرات;مسيرة;درون;الدرون
airstrike;airstrikes;air strike;air strikes;air raid;air raids|غارة;غارات;الغارات;غارة جوية;غارات جوية
shelling;shelled;bombardment;bombarded|قصف;القصف;قصفت
withdrawal;withdraw;withdrew;pull out|انسحاب;الانسحاب;انسحب;انسحبت
invasion;invade;invaded|غزو;الغزو;اجتياح
warship;warships;frigate;frigates|سفينة حربية;سفن حربية;بارجة;بوارج;فرقاطة
tank;tanks|دبابة;دبابات;الدبابات
fighter jet;fighter jets;warplane;warplanes|طائرة مقاتلة;طائرات مقاتلة;طائرات حربية;الطائرات الحربية
air defence;air defense;air defences|دفاع جوي;الدفاع الجوي;الدفاعات الجوية
defence;defense|دفاع;الدفاع;دفاعي;الدفاعية
militant;militants;fighters|مقاتلين;المقاتلين;مقاتلون
frontline;front line;frontlines|جبهة;الجبهة;خط المواجهة;جبهات
military base;military bases|قاعدة عسكرية;قواعد عسكرية;القاعدة العسكرية
mine;mines;landmine;landmines|لغم;ألغام;الألغام
`,
};
