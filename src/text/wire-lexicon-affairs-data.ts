/**
 * General news-wire vocabulary of public affairs, written from knowledge of agency copy (not from
 * any evaluation set): one block a domain, each line a concept as in wire-lexicon-data.ts
 * (english;…|arabic;…). A concept joins true synonyms only; a block can be dropped whole.
 */
export const affairsLexiconBlocks: Record<string, string> = {
  /** Diplomacy and politics. */
  diplomacy: `
embassy;embassies|سفارة;سفارات;السفارة;السفارات
consulate;consulates;consul;consul general|قنصلية;قنصليات;القنصلية;القنصليات;قنصل;القنصل;القنصل العام
diplomatic;diplomat;diplomats;diplomacy|دبلوماسي;الدبلوماسي;دبلوماسيين;الدبلوماسيين;دبلوماسية;الدبلوماسية
envoy;envoys;special envoy|مبعوث;المبعوث;مبعوثا;مبعوثين;المبعوث الخاص
credentials|أوراق اعتماد;أوراق الاعتماد;أوراق اعتماده
relations;ties;relationship|علاقات;العلاقات;علاقة;العلاقة
bilateral|ثنائي;الثنائي;الثنائية;ثنائية
cooperation;cooperate;cooperating|تعاون;التعاون;تعاونا
statement;statements|بيان;البيان;بيانا
decision;decisions;resolution;resolutions|قرار;القرار;قرارات;القرارات;قرارا
sovereignty|سيادة;السيادة
independence|استقلال;الاستقلال
peace|سلام;السلام;السلم
war;wars;wartime|حرب;الحرب;حروب;الحروب
conflict;conflicts|صراع;الصراع;نزاع;النزاع;صراعات;نزاعات
crisis;crises|أزمة;الأزمة;أزمات;الأزمات
mediation;mediate;mediated;mediator;mediators|وساطة;الوساطة;وسيط;الوسيط;الوسطاء;توسط
escalation;escalate;escalated;escalating|تصعيد;التصعيد;تصاعد;التصاعد
de-escalation;de-escalate;calm down|تهدئة;التهدئة;خفض التصعيد
call for;called for;calls for;urge;urged;urges|دعا;دعت;يدعو;تدعو;حث;حثت;يحث;تحث;ناشد;ناشدت
demand;demands;demanded|مطالبة;مطالبات;المطالبة;مطالب;يطالب;تطالب;طالبت
support;supported;supporting;backing;backed|دعم;الدعم;يدعم;دعمت;تأييد;أيد;أيدت
reject;rejected;rejection;rejects|رفض;الرفض;رفضت;يرفض;ترفض
welcome;welcomed;welcomes|رحب;رحبت;ترحيب;يرحب;ترحب
stress;stressed;affirm;affirmed;reaffirm;reaffirmed;emphasise;emphasised;emphasize;emphasized|أكد;أكدت;تأكيد;يؤكد;تؤكد;شدد;شددت;يشدد
phone call;telephone call;phone calls|اتصال هاتفي;اتصالا هاتفيا;مكالمة هاتفية;مكالمة;اتصالات هاتفية
letter;letters;message;messages|رسالة;رسائل;الرسالة;الرسائل;رسالة خطية
speech;speeches;address;addressed|خطاب;الخطاب;كلمة;كلمته;ألقى كلمة
position;positions;stance|موقف;الموقف;مواقف
occupation;occupied;occupying|احتلال;الاحتلال;المحتلة;محتلة
settlement;settlements;settler;settlers|مستوطنة;مستوطنات;المستوطنات;استيطان;الاستيطان;استيطانية;مستوطنين;المستوطنين
recognition;recognise;recognised;recognize;recognized|اعتراف;الاعتراف;اعترف;اعترفت
opposition|معارضة;المعارضة
coalition;alliance|تحالف;التحالف;ائتلاف;الائتلاف
humanitarian|إنساني;الإنساني;الإنسانية;إنسانية
resign;resigned;resignation|استقالة;الاستقالة;استقال;استقالت;استقالته
appoint;appointed;appointment;appointing|تعيين;التعيين;تعيينه;بتعيين
sworn in;swearing-in;oath|اليمين الدستورية;أدى اليمين;أداء اليمين;القسم
reshuffle;cabinet reshuffle|تعديل وزاري;التعديل الوزاري
coup;coups|انقلاب;الانقلاب;انقلابية
protest;protests;protester;protesters;demonstration;demonstrations;demonstrators|احتجاج;احتجاجات;الاحتجاجات;مظاهرة;مظاهرات;تظاهرة;تظاهرات;متظاهرين;المتظاهرين;محتجين;المحتجين
reform;reforms|إصلاح;الإصلاح;إصلاحات;الإصلاحات
anniversary|ذكرى;الذكرى;الذكرى السنوية
`,
  /** Parliament and elections. */
  parliament: `
lawmaker;lawmakers;legislator;legislators;mp|نائب;النائب;عضو مجلس الأمة;برلماني;البرلماني;برلمانيين
candidate;candidates;candidacy;nomination|مرشح;المرشح;مرشحين;المرشحين;ترشح;الترشح;ترشيح;الترشيح
voter;voters;electorate|ناخب;ناخبين;الناخبين;الناخبون
ballot;ballots;balloting;polling station;polling stations|اقتراع;الاقتراع;صناديق الاقتراع;مراكز الاقتراع;لجان الاقتراع
turnout|نسبة المشاركة;نسبة الإقبال;الإقبال
constituency;constituencies;electoral district|دائرة انتخابية;الدائرة الانتخابية;الدوائر الانتخابية
referendum;referendums|استفتاء;الاستفتاء
seat;seats|مقعد;مقاعد;المقاعد;مقعدا
majority|أغلبية;الأغلبية
constitution;constitutional|دستور;الدستور;دستوري;الدستورية
amendment;amendments;amend;amended|تعديل;تعديلات;التعديلات;تعديلها
legislation;legislative|تشريع;تشريعات;التشريعات;تشريعي;التشريعية
interpellation;grilling;grill|استجواب;الاستجواب;استجوابات
no-confidence;no confidence|طرح الثقة;حجب الثقة;عدم التعاون
party;parties;political party|حزب;الحزب;أحزاب;الأحزاب
runoff;run-off;second round|جولة الإعادة;جولة ثانية;الجولة الثانية
survey;surveys;opinion poll|استطلاع;استطلاعات;استطلاع رأي;مسح
`,
  /** Justice and courts. */
  justice: `
judge;judges|قاض;قاضي;القاضي;قضاة;القضاة
verdict;ruling;rulings;ruled;judgment;judgement;sentence;sentenced|حكم;الحكم;أحكام;الأحكام;قضت;حكمت;حكما
prison;jail;jailed;imprisonment;imprisoned|سجن;السجن;بالسجن;حبس;الحبس
lawyer;lawyers;attorney;attorneys|محام;محامي;المحامي;محامين;المحامين;محامون
defendant;defendants;accused|متهم;المتهم;متهمين;المتهمين;متهمون
suspect;suspects|مشتبه;المشتبه;مشتبه به;المشتبه بهم;مشتبها
charge;charges;charged;accusation;accusations|تهمة;تهم;التهم;اتهام;اتهامات;الاتهامات;اتهم
trial;trials|محاكمة;المحاكمة;محاكمات
appeal;appeals;appealed|استئناف;الاستئناف;محكمة الاستئناف;طعن;الطعن
cassation;court of cassation|التمييز;محكمة التمييز;النقض;محكمة النقض
acquit;acquitted;acquittal|تبرئة;بتبرئة;التبرئة
execution;executed;death penalty;death sentence|إعدام;الإعدام;بالإعدام
pardon;pardoned;amnesty|عفو;العفو;عفوا
lawsuit;lawsuits;sue;sued|دعوى;الدعوى;دعاوى;دعوى قضائية;رفع دعوى
bail|كفالة;بكفالة
detention;detained;custody|احتجاز;الاحتجاز;محتجز;توقيف;التوقيف;حجز
fraud;scam;swindle|احتيال;الاحتيال;نصب واحتيال
corruption;corrupt|فساد;الفساد
embezzlement;embezzle;embezzled;misappropriation|اختلاس;الاختلاس;اختلاسات
bribery;bribe;bribes|رشوة;الرشوة;رشاوى;الرشاوى
money laundering;laundering|غسل الأموال;غسيل الأموال;غسل أموال
forgery;forged;counterfeit|تزوير;التزوير;مزور;مزورة
murder;murdered;homicide|جريمة قتل;جريمة القتل;القتل العمد;قتل عمد
crime;crimes;criminal|جريمة;جرائم;الجريمة;الجرائم;جنائي;الجنائية
theft;stolen;steal;robbery|سرقة;السرقة;سرقات;سطو
smuggling;smuggle;smuggled;smuggler;smugglers|تهريب;التهريب;مهرب;مهربين;المهربين
trafficking;human trafficking|اتجار;الاتجار;الاتجار بالبشر
witness;witnesses;eyewitness|شهود;الشهود;شاهد عيان;شهود عيان
evidence|أدلة;الأدلة;دليل
rights;human rights|حقوق;الحقوق;حقوق الإنسان
judiciary;judicial|القضاء;قضائي;القضائية;السلطة القضائية
`,
  /** Police and security. */
  security: `
security|أمن;الأمن;أمني;الأمنية;أمنية
terrorist;terrorists|إرهابي;إرهابيين;الإرهابيين;الإرهابية;إرهابية
attack;attacks;attacked|هجوم;الهجوم;هجمات;الهجمات;اعتداء;اعتداءات;هاجم
explosion;blast;exploded|انفجار;الانفجار;انفجارات;انفجر
bomb;bombs;bombing;bombings|تفجير;التفجير;تفجيرات;عبوة ناسفة;قنبلة;قنابل
gunman;gunmen;armed men|مسلح;مسلحين;المسلحين;مسلحون
gunfire;opened fire;shots fired|إطلاق نار;إطلاق النار;أطلق النار
kidnapping;kidnap;kidnapped;abduction;abducted|اختطاف;الاختطاف;خطف;اختطف
missing|مفقود;مفقودين;المفقودين
raid;raids;raided|مداهمة;مداهمات;داهمت;دهم
checkpoint;checkpoints|نقطة تفتيش;حاجز;حواجز;الحواجز
weapon;weapons;arms;firearms;guns|سلاح;أسلحة;الأسلحة;السلاح
ammunition;munitions|ذخيرة;ذخائر;الذخيرة;الذخائر
deport;deported;deportation|ترحيل;الترحيل;ترحيلهم;إبعاد;الإبعاد
citizenship;nationality;nationalities|جنسية;الجنسية;جنسيات;الجنسيات
passport;passports|جواز سفر;جوازات;جواز;الجوازات;جوازات السفر
identity card;id card;civil id|البطاقة المدنية;بطاقة مدنية;بطاقة الهوية
fugitive;fugitives|هارب;هاربين;الفارين;فار
gang;gangs|عصابة;عصابات;العصابة
victim;victims|ضحايا;الضحايا
body;bodies;corpse;corpses|جثث;الجثث;جثمان;الجثمان
`,
  /** Military. */
  military: `
army;armies|جيش;الجيش;جيوش
soldier;soldiers|جندي;جنود;الجنود
troops;forces|قوات;القوات
military|عسكري;العسكري;العسكرية;عسكرية
armed forces|القوات المسلحة
exercise;exercises;manoeuvres;maneuvers|مناورات;المناورات;مناورة;تمرين;تمرين عسكري;تمارين
missile;missiles;rocket;rockets|صاروخ;صواريخ;الصواريخ;صاروخي;الصاروخية
drone;drones;uav|طائرة مسيرة;طائرات مسيرة;الطائرات المسيرة;مسيرات;المسيرات;مسيرة
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
  /** Disasters and weather. */
  disasters: `
heat;heatwave;heat wave|الحرارة;حرارة;موجة حر;موجة الحر;موجة حارة
cold;cold wave;frost|برد;البرد;برودة;موجة برد;صقيع
humidity;humid|رطوبة;الرطوبة;رطب
cloud;clouds;cloudy|غيوم;الغيوم;غائم;سحابة;غائما
wave;waves|موج;أمواج;الأمواج
snow;snowfall|ثلوج;الثلوج;ثلج
drought|جفاف;الجفاف
landslide;landslides|انهيار أرضي;انهيارات أرضية;انزلاق أرضي
collapse;collapsed|انهيار;انهار;انهارت;الانهيار
volcano;volcanic;eruption|بركان;البركان;براكين;ثوران
tsunami|تسونامي
hurricane;typhoon;cyclone;tornado|إعصار;أعاصير;الإعصار
tremor;tremors;aftershock;aftershocks|هزة;هزات;الهزة;هزة ارتدادية;هزات ارتدادية
rescue;rescued;rescuers|إنقاذ;الإنقاذ;أنقذ;فرق الإنقاذ
evacuation;evacuate;evacuated|إجلاء;الإجلاء;إخلاء;الإخلاء;أجلت
disaster;disasters;catastrophe|كارثة;كوارث;الكوارث
damage;damaged|أضرار;الأضرار;ضرر;تضرر;المتضررة
destruction;destroyed|دمار;الدمار;تدمير;دمر
shelter;shelters|مأوى;ملاجئ;إيواء;الإيواء
civil defence;civil defense|الدفاع المدني
`,
};
