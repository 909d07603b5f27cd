/**
 * The bilingual wire lexicon: common words of news-agency copy (not names: those are in the
 * gazetteer), each line one concept with its English forms, then its Arabic forms, as wires write
 * them (inflections the light stemmers do not join are listed). Written for this project, from
 * the forms KUNA copy uses; it also joins same-language synonyms (`close`, `end`, `أغلقت`, `أنهت`).
 * One concept a line: english;…|arabic;…
 */
export const wireLexiconLines = `
exam;exams;examination;examinations;test;tests;screening;check-up;checkup|امتحان;امتحانات;الامتحانات;اختبار;اختبارات;فحص;الفحص;فحوصات;الفحوصات;فحص طبي
school;schools|مدرسة;مدارس;المدارس;المدرسة
secondary;high school;secondary school|ثانوي;الثانوية;الثانوي;المرحلة الثانوية;للثانوية
student;students;pupil;pupils|طالب;طلاب;الطلاب;طلبة;الطلبة;للطلبة
semester;term|فصل دراسي;الفصل الدراسي
fine;fines;penalty;penalties|غرامة;غرامات;الغرامات;الغرامة
traffic;movement|مرور;المرور;المرورية;مروري;المروري;حركة
violation;violations;offence;offences;citation;citations|مخالفة;مخالفات;المخالفات
visibility|رؤية;الرؤية;مدى الرؤية
dust;dusty;sandstorm|غبار;الغبار;غبارية;الغبارية
storm;storms|عاصفة;عواصف;العاصفة
wind;winds|رياح;الرياح
wave;waves|موج;الموج;أمواج;الأمواج
speed;speeds|سرعة;سرعات
thunderstorm;thunder|رعدية;الرعدية
flight;flights;route;routes|رحلة;رحلات;الرحلات;رحلة جوية;خط
ticket;tickets;fare;fares|تذكرة;تذاكر;التذاكر;أسعار التذاكر
concert;concerts|حفل;حفلة;حفلات;الحفلات;حفلا;أمسية;أمسيات
festival|مهرجان;المهرجان
holiday;holidays;day off;days off|عطلة;عطل;العطلة;إجازة;الإجازة;عطلة رسمية;تعطيل;تعطيل العمل;تعليق الدراسة
celebration;celebrations;celebrate|احتفال;احتفالات;الاحتفالات;احتفالية
fire;fires;blaze|حريق;حرائق;الحريق
cause;caused;reason|سبب;أسباب;الأسباب;السبب;تسبب
accident;crash;collision|حادث;حوادث;تصادم;اصطدام;الحادث
killed;dead;died;death;deaths;fatalities|مصرع;وفاة;قتلى;لقي مصرعه;مصرعهم;حتفهم;وفيات
injured;injuries;wounded|إصابة;إصابات;مصابين;المصابين;أصيب;جرحى
hospital;hospitals|مستشفى;مستشفيات;المستشفى
law;laws|قانون;القانون;قوانين
residency;residence|إقامة;الإقامة
draft;bill|مشروع قانون;مشروع
approve;approved;approval;endorsed;agree;agreed|وافق;وافقت;يوافق;موافقة;الموافقة;أقر;إقرار;اعتمد
price;prices;priced|سعر;أسعار;الأسعار;سعره
barrel;barrels|برميل;البرميل
close;closed;closing;end;ends;ended;ending|أغلق;أغلقت;إغلاق;أنهى;أنهت;ختام;اختتام;اغلاق;ينتهي;تنتهي;انتهاء;نهاية;يغلق;تغلق;ستغلق;سيغلق
index;indices|مؤشر;المؤشر;مؤشرها
share;shares;stocks|سهم;أسهم;الأسهم
point;points|نقطة;نقاط
rise;rose;risen;gain;gained;gains;climb;climbed;higher;increase;increased|ارتفاع;ارتفع;ارتفعت;صعد;صعود;زيادة;ارتفاعا
fall;fell;fallen;drop;dropped;decline;declined;lower;lowered;slip;slipped;decrease;decreased;cut;cuts;cutting;reduce;reduced;reducing;reduction;ease;eased;easing|انخفاض;انخفض;انخفضت;تراجع;تراجعت;هبوط;هبط;خفض;خفضت;تخفيض;يخفض;تقليص;قلص
profit;profits;earnings|أرباح;ربح;الأرباح;أرباحا
loss;losses|خسارة;خسائر
agreement;agreements;deal;accord;memorandum|اتفاقية;اتفاقيات;اتفاق;مذكرة تفاهم
sign;signed;signing|وقع;توقيع;وقعت
meeting;met;meet;talks|اجتماع;لقاء;التقى;محادثات;مباحثات;بحث
visit;visited;visiting|زيارة;زار
condemn;condemned;condemnation;denounced|أدان;إدانة;دانت;تدين;استنكار;استنكرت;أدانت
condolence;condolences|تعزية;تعازي;التعازي;برقية تعزية
cable;cables|برقية;برقيات
received;receive|استقبل;استقبال
team;squad|منتخب;المنتخب;فريق;الفريق
match;game;matches|مباراة;مباريات;المباراة;لقاء
win;won;beat;victory;defeated|فاز;فوز;تغلب;انتصار
final;finals|نهائي;النهائي;المباراة النهائية
semi-final;semifinal;semi-finals;semifinals;semis|نصف النهائي
goal;goals;scored;scorer|هدف;أهداف;أهدافا
player;players|لاعب;لاعبين;اللاعبين;لاعبي
coach;coaches|مدرب;المدرب;مدربين;المدربين;مدربي
championship;title;tournament|بطولة;البطولة;لقب
cup|كأس
port;ports|ميناء;موانئ;الميناء
container;containers|حاوية;حاويات;الحاويات
company;companies;firm|شركة;شركات;الشركة
build;construction;built|بناء;إنشاء;تشييد;إنشائي
project;projects|مشروع;مشاريع;المشروع
refinery;refineries|مصفاة;مصافي
capacity|طاقة;قدرة;الطاقة الإنتاجية;طاقتها
production;output;produce|إنتاج;الإنتاج;انتاج
desalination|تحلية;التحلية
water|مياه;المياه;ماء
electricity;power|كهرباء;الكهرباء;كهربائي
plane;planes;aircraft;airlift|طائرة;طائرات;جسر جوي;طيارة;طيارات
ton;tons;tonnes|طن;أطنان
rate;rates|معدل;معدلات;نسبة
percent;per cent|في المئة;بالمئة
growth;grow|نمو;النمو
economy;economic|اقتصاد;الاقتصاد;اقتصادي;الاقتصادي;الاقتصادية
ministry;ministries|وزارة;الوزارة
minister;ministers|وزير;الوزير;وزراء
drug;drugs;narcotics|مخدرات;المخدرات;مخدرة
arrest;arrested;seized;seizure;caught;catch|ضبط;القبض;ضبطت;قبض;إلقاء القبض
police;security forces|شرطة;الشرطة;رجال الأمن
officer;officers;colonel;brigadier;lieutenant colonel;lieutenant;major general|ضابط;الضابط;ضباط;الضباط;العقيد;عقيد;المقدم;مقدم;الرائد;النقيب;الملازم;اللواء
court;courts|محكمة;المحكمة
prosecution;prosecutor|نيابة;النيابة;النيابة العامة
investigation;investigations;probe|تحقيق;تحقيقات;التحقيق;التحقيقات
university;universities|جامعة;الجامعة;جامعات
start;starts;begin;begins;launch;launched;launches;kick off|بدء;تبدأ;يبدأ;انطلاق;تنطلق;ينطلق;إطلاق;أطلق;تدشين;يبدا;تبدا
postpone;postponed;delay;delayed|تأجيل;تأجلت;أرجأ;إرجاء;تأخير
open;opened;opening;inaugurate;inaugurated|افتتح;افتتاح;افتتحت;دشن;فتح;يفتح;تفتح;ستفتح;سيفتح
result;results|نتائج;نتيجة;النتائج
number;total|عدد;إجمالي;مجموع
marathon|ماراثون;الماراثون
shooting|رماية;الرماية
handball|كرة اليد
basketball|كرة السلة
volleyball|الكرة الطائرة
weekly;week|أسبوعي;أسبوع;الأسبوع;الأسبوعية
air show|عرض جوي
fireworks|ألعاب نارية
toll;death toll|حصيلة
correction;corrects;corrected|تصحيح;صحح
value;worth|قيمة;بقيمة
trading;traded;turnover|تداول;تداولات;التداول
deals;transactions|صفقات;صفقة
million;millions|مليون;ملايين
billion;billions|مليار;مليارات
dinar;dinars;kd|دينار;دنانير
deficit|عجز
bond;bonds|سندات;صكوك
issue;issued;issuance|إصدار;طرح;أصدر;صدر;صدرت
reward;rewards;bonus|مكافأة;مكافآت
cost;costs|تكلفة;كلفة;تكاليف
worker;workers;labour;labor;labourer;labourers;laborer;laborers|عمال;عمالة;العمالة
job;jobs|فرص عمل;وظائف;وظيفة
corridor|ممر;الممر
spokesman;spokesperson;spokeswoman|متحدث;المتحدث;المتحدث الرسمي
coordinator;coordinators|منسق;المنسق;منسقة;المنسقة;منسقي
border;borders|حدود;الحدود;حدودي
foreign;foreigner;foreigners|أجنبي;أجنبية;الأجنبية;الأجانب;أجانب
contest;contests;competition;competitions|مسابقة;مسابقات;المسابقة;المسابقات
picture;pictures;photo;photos;image;images|صورة;صور;الصور;الصورة
parents;guardians|أولياء الأمور;الأهالي;الآباء;الوالدين
winner;winners|الفائز;الفائزين;الفائزة;فائز;الفائزون
caller;callers|متصل;المتصل;متصلين;المتصلين
sanction;sanctions;punishment;punishments|عقوبة;عقوبات;العقوبة;العقوبات
underwater|تحت الماء;تحت المياه
illegal;illegally;unlawful|مخالف;بشكل مخالف;غير قانوني;غير قانونية;غير مشروع
medical;medicine|طب;الطب;طبي;طبية;الطبية
landmark;landmarks|معالم;المعالم;معلم بارز
entry;entrance|الدخول;دخول
envoy;envoys;permanent representative|مندوب;المندوب;مندوبة;المندوب الدائم
food baskets;baskets;food parcels|سلال;السلال;سلال غذائية;السلال الغذائية
navigation;maritime|ملاحة;الملاحة;بحري;البحرية
committee|لجنة;اللجنة
organising committee;organizing committee|اللجنة المنظمة;اللجنة التنظيمية
hospitalised;treatment|علاج;العلاج
patient;patients|مريض;مرضى;المرضى
centre;center|مركز;المركز
bridge|جسر;الجسر
road;roads;highway|طريق;الطريق;طرق
housing|إسكان;الإسكان;سكني
unit;units|وحدة;وحدات
minimum|الصغرى;دنيا
forecast;forecasts;expected|توقعات;متوقع;المتوقعة;المتوقع;تتوقع
warn;warned;warning|حذر;تحذير;حذرت
rain;rains;rainfall|أمطار;الأمطار;مطر
flooding;flooded;floods|غرق;تجمعات المياه;السيول
suspend;suspended;shut;closed schools|تعطيل;تعليق;علقت
vaccine;vaccines;vaccination|لقاح;لقاحات;تطعيم;التطعيم
case;cases|حالة;حالات;الحالات
outbreak;spread|تفشي;انتشار
donation;donations;donated|تبرع;تبرعات
relief;aid convoy|قافلة;إغاثية;إغاثة
kuwaiti;kuwaitis;citizens|كويتي;كويتيين;المواطنين;مواطنين
expatriate;expatriates;expats|وافد;وافدين;الوافدين
trade;exchange|تبادل تجاري;التبادل التجاري
export;exports|صادرات;تصدير
import;imports|واردات;استيراد
delegation|وفد;الوفد
fund;loan|قرض;قروض;تمويل
session;sessions|جلسة;جلسات;الجلسة
parliament;mps|نواب;النواب;مجلس الأمة
seat;seats|مقعد;مقاعد;المقاعد;مقعدا
decree;decrees|مرسوم;مراسيم
budget surplus;surplus|فائض
millimetre;millimetres;millimeter;millimeters;mm|ملليمتر;ملليمترا;مليمتر;ملم
record;recorded;registered|سجل;سجلت;تسجيل
registration;registrations;register;enrolment;enrollment;sign up;signed up;sign-up;signing up|التسجيل;باب التسجيل
distribution;distribute;distributed;distributing;handout;handouts|توزيع;التوزيع;يوزع;توزع
operate;operation;operations;operating|تشغيل;التشغيل;تشغيلي
phase;stage|مرحلة;المرحلة;مراحل
first|أول;الأول;الأولى;أولى
second|ثاني;الثاني;الثانية
performance|أداء;الأداء
plan;plans;scheme|خطة;خطط;الخطة;مخطط
development;develop|تطوير;تنمية;التطوير
document;documents|وثيقة;وثائق
state;country;countries|دولة;الدولة;دول;الدول
department;departments;directorate;administration|إدارة;الإدارة;دائرة;الدائرة
morning;mornings|صباح;صباحا;الصباح;صباح اليوم
noon;midday|ظهرا;الظهر;الظهيرة;منتصف النهار
evening;evenings;night|مساء;مساءً;المساء;ليلة;ليلا
day;days|يوم;أيام;يومي;يومين
hour;hours|ساعة;ساعات;الساعة;ساعتين
month;months|شهر;أشهر;شهور;الشهر
stock;stockpile;reserve;reserves;inventory|مخزون;المخزون;احتياطي;الاحتياطي;مخزونها
wheat|قمح;القمح
authority;authorities|هيئة;الهيئة;سلطة;السلطات
negotiation;negotiations;negotiate;talks|مفاوضات;المفاوضات;تفاوض;التفاوض;محادثات;مباحثات;المحادثات;المباحثات
round;rounds|جولة;الجولة;جولات
treaty;treaties;pact|معاهدة;المعاهدة;معاهدات
hold;held;holds;holding;host;hosted;stage;staged;play;played|عقد;تعقد;يعقد;عقدت;أقيم;أقيمت;تقام;يقام;جرت;تجرى;استضاف;استضافت
destination;destinations|وجهة;وجهات;الوجهات
add;added;adding;addition|إضافة;أضاف;أضافت;بإضافة
prize;prizes;award;awards|جائزة;جوائز;الجائزة;الجوائز
literature;literary|أدب;الأدب;أدبي;الأدبية
pass;passed;success;successful|نجاح;النجاح;ناجح;الناجحين;اجتاز
grade;grades|صف;الصف
science;sciences;scientific|علمي;العلمي;علوم;العلوم
fish;fishing;fishermen|صيد;الصيد;أسماك;سمك;الأسماك;صياد;صيادين;الصيادين
ban;banned;banning;prohibit;prohibited;prohibition|حظر;الحظر;منع;يحظر;حظرت;ممنوع;ممنوعة;يمنع
divert;diverted;diversion;redirect;redirected|تحويل;حولت;تحويلها;حول مسار
fog;foggy;mist|ضباب;الضباب;ضبابا;ضبابية
weather|طقس;الطقس;أجواء;الأجواء;الجو;جوية
government;governmental;state bodies|حكومة;الحكومة;حكومي;الحكومية;الحكومي;الجهات الحكومية
working hours;work hours;office hours|ساعات العمل;الدوام الرسمي;ساعات الدوام
crescent|هلال;الهلال
salary;salaries;wage;wages;income|راتب;رواتب;الراتب;أجر;دخل
take effect;effective;enforcement;come into force|سريان;يسري;نفاذ;حيز التنفيذ
campaign;campaigns;crackdown|حملة;الحملة;حملات
congratulation;congratulations;congratulate;congratulated|تهنئة;تهاني;التهاني;برقية تهنئة;هنأ
leader;leaders|قائد;قادة;زعيم;زعماء
`;
