/**
 * General news-wire vocabulary of everyday life (markets, animals, getting about, customs and
 * seizures, public services, health services, shopping), written from knowledge of agency copy and
 * of how readers ask in Gulf Arabic and casual English (not from any evaluation set): one block a
 * domain, each line a concept as in wire-lexicon-data.ts (english;…|arabic;…). A concept joins true
 * synonyms only; a block can be dropped whole. Words on every dispatch (statement verbs, "new",
 * "service") are left out: they make a near miss look answered. Rules and fees, contests and prizes,
 * insurance, and theft and fraud were written too and dropped, each costing an answer or raising
 * none (the evaluation history, eighth session).
 */
export const everydayLexiconBlocks: Record<string, string> = {
  /** Food, drink and markets. */
  markets: `
coffee|قهوة;القهوة;كوفي
tea|شاي;الشاي
milk;dairy|حليب;الحليب;ألبان;الألبان
egg;eggs|بيض;البيض;بيضة
flour|طحين;الطحين
truffle;truffles|فقع;الفقع;كمأة;الكمأة;فقعة
shrimp;shrimps;prawn;prawns|روبيان;الروبيان;ربيان;الربيان;جمبري
restaurant;restaurants;eatery;eateries|مطعم;مطاعم;المطاعم;المطعم
cafe;cafes;café;cafés;coffee shop;coffee shops|مقهى;مقاهي;المقاهي;كافيه;كوفي شوب
supermarket;supermarkets;grocery;groceries;co-op;co-ops|التعاونية;التعاونيات;سوبرماركت;بقالة;البقالة;هايبر ماركت
wholesale|بالجملة;تجارة الجملة;سوق الجملة
inflation;cost of living|تضخم;التضخم;غلاء;الغلاء;غلاء المعيشة
expensive;pricey;costly|غالي;غالية;باهظ;باهظة;مكلف;مكلفة
cheap;cheaper;affordable|رخيص;رخيصة;أرخص;زهيد;زهيدة
stall;stalls;kiosk;kiosks|بسطة;بسطات;كشك;أكشاك;الأكشاك
auction;auctions|مزاد;مزادات;المزاد;المزادات
kilogram;kilograms;kilo;kilos;kg|كيلو;كيلوغرام;كيلوجرام;كغ;كجم;كيلوات
bottle;bottles|قنينة;قناني;زجاجة;زجاجات;عبوة;عبوات;غرشة
shortage;shortages;scarcity|نقص;النقص;شح;الشح;نفاد;نفدت;نقص حاد
shopper;shoppers;customer;customers|متسوق;متسوقين;المتسوقين;زبون;زبائن;الزبائن;عملاء;العملاء
`,
  /** Animals and livestock. */
  animals: `
camel;camels|إبل;الإبل;ناقة;نوق;هجن;الهجن
camel race;camel racing|سباق الهجن;سباقات الهجن
horse;horses;equestrian|خيل;الخيل;خيول;الخيول;فروسية;الفروسية
falcon;falcons;falconry|صقور;الصقور;الصقارة;الصقارين;مقناص;المقناص
goat;goats|ماعز;الماعز
cow;cows|أبقار;الأبقار;بقر;بقرة
dog;dogs|كلب;كلاب;الكلاب
cat;cats|قطط;القطط;قطة
stray;strays|ضالة;الضالة;سائبة;السائبة
bird;birds|طيور;الطيور;طائر
pet;pets|حيوانات أليفة;الحيوانات الأليفة;أليفة
veterinary;vet;vets|بيطري;البيطري;البيطرية;طبيب بيطري
slaughterhouse;slaughterhouses;abattoir;slaughter;slaughtered|مسلخ;المسلخ;مسالخ;ذبح;الذبح;ذبائح;الذبائح
sacrificial animal;sacrificial animals;udhiya|أضاحي;الأضاحي;أضحية;الأضحية
fodder;animal feed|أعلاف;الأعلاف;علف
bird flu;avian flu;avian influenza|إنفلونزا الطيور;انفلونزا الطيور
zoo;zoos|حديقة الحيوان;حديقة الحيوانات
whale;whales;dolphin;dolphins|حوت;حيتان;الحيتان;دلفين;دلافين
turtle;turtles|سلاحف;السلاحف;سلحفاة
`,
  /** Vehicles, traffic and travel papers. */
  getting: `
motorcycle;motorcycles;motorbike;motorbikes|دراجة نارية;دراجات نارية;الدراجات النارية;موتوسيكل
bicycle;bicycles;bike;bikes|دراجة هوائية;دراجات هوائية;الدراجات الهوائية;سيكل;سياكل
truck;trucks;lorry;lorries|شاحنة;شاحنات;الشاحنات;تريلة;تريلات;لوري
ferry;ferries|العبارات البحرية;عبارة بحرية;عبارات بحرية
bus stop;bus stops|موقف حافلات;مواقف الحافلات;محطة حافلات
traffic jam;traffic jams;congestion;gridlock|ازدحام;الازدحام;ازدحامات;زحمة;الزحمة;زحام
speed camera;speed cameras;radar|رادار;الرادار;رادارات
pedestrian;pedestrians|مشاة;المشاة
delivery;deliveries;courier;couriers|توصيل;التوصيل;دليفري;مندوب توصيل;مندوبي التوصيل
tyre;tyres;tire;tires|إطارات;الإطارات;تاير;تواير
visa;visas|تأشيرة;تأشيرات;التأشيرة;التأشيرات;فيزا;الفيزا
passport;passports|جواز;جواز سفر;جوازات;الجوازات;جوازات السفر
luggage;baggage;suitcase;suitcases|أمتعة;الأمتعة;شنطة;شنط;الشنط;عفش;حقيبة سفر
lane;lanes|مسرب;مسارب;المسارب
`,
  /** Customs, smuggling, seizures, hiding and finding. */
  customs: `
smuggling;smuggle;smuggled;smuggler;smugglers|تهريب;التهريب;مهرب;مهربين;المهربين;مهربة;تهريبها
confiscate;confiscated;confiscation|مصادرة;المصادرة;صادرت;صودرت;مصادرتها
nab;nabbed;bust;busted|مسك;مسكوا;مسكت;انمسك;ضبطوا;ضبطت;ضبط
contraband|ممنوعات;الممنوعات;مهربات;المهربات
hide;hid;hidden;conceal;concealed;stash;stashed|إخفاء;أخفى;مخبأة;مخبأ;مخفية;خبأ;مدسوسة;مخبأة داخل
found;discovered;discovery;uncovered|عثر;عثرت;العثور;اكتشاف;اكتشف;اكتشفت;عثروا
inspection;inspections;inspect;inspected;inspector;inspectors|تفتيش;التفتيش;مفتش;مفتشين;المفتشين;تفتيشية
counterfeit;fake;fakes;knockoff;knockoffs|مقلد;مقلدة;المقلدة;مغشوش;مغشوشة
forgery;forged;forge|تزوير;التزوير;مزور;مزورة
liquor;alcohol;alcoholic drinks|خمور;الخمور;مشروبات كحولية;كحول;الكحول
pills;tablets;captagon|حبوب مخدرة;أقراص مخدرة;كبتاغون;الكبتاغون;كبتاجون
hashish;hash;cannabis;marijuana|حشيش;الحشيش;ماريجوانا;قنب;القنب
heroin;cocaine|هيروين;الهيروين;كوكايين;الكوكايين
meth;crystal meth;shabu|شبو;الشبو;ميثامفيتامين;الكريستال
weapon;weapons;firearm;firearms;gun;guns|أسلحة;الأسلحة;سلاح;السلاح
ammunition;ammo|ذخيرة;الذخيرة;ذخائر
sniffer dog;sniffer dogs;k9|كلاب بوليسية;الكلاب البوليسية;كلب بوليسي
border crossing;border crossings|منفذ;منافذ;المنافذ;منفذ حدودي;المنافذ الحدودية
deport;deported;deportation;deportee;deportees|ترحيل;الترحيل;إبعاد;الإبعاد;مبعدين;ترحيلهم
fugitive;fugitives|هارب;الهارب;هاربين;الهاربين;فارين
`,
  /** Libraries, opening hours and public services. */
  services: `
library;libraries|مكتبة;مكتبات;المكتبة;المكتبات
reading;reader;readers|قراءة;القراءة;قراء;القراء
manuscript;manuscripts|مخطوطة;مخطوطات;المخطوطات
archive;archives|أرشيف;الأرشيف;أرشيفية
opening hours;opening times;timings|مواعيد الدوام;أوقات الدوام
appointment;appointments|موعد;مواعيد;المواعيد
booking;bookings;reservation;reservations|حجز;الحجز;حجوزات;الحجوزات
hotline;hotlines;helpline|الخط الساخن;خط ساخن
branch;branches|فرع;فروع;الفروع;الفرع
membership;memberships|عضوية;العضوية;اشتراك;الاشتراك;اشتراكات;الاشتراكات
bill;bills;invoice;invoices|فاتورة;فواتير;الفواتير;الفاتورة
power cut;power cuts;blackout;blackouts;outage;outages|انقطاع الكهرباء;انقطاع التيار;انقطاع;انقطاعات;الانقطاع;انقطعت
air conditioning;air conditioner;air conditioners|تكييف;التكييف;مكيف;مكيفات;المكيفات
tenant;tenants;landlord;landlords|مستأجر;مستأجرين;المستأجرين;مؤجر;المؤجر
`,
  /** Health services and waiting times. */
  care: `
waiting;wait;queue;queues|انتظار;الانتظار;قوائم الانتظار;طابور;طوابير;الطوابير
bed;beds|سرير;سريرا
intensive care;icu|العناية المركزة;العناية الفائقة;عناية مركزة
specialist;specialists;consultant;consultants|استشاري;استشاريين;أخصائي;اختصاصي;أخصائيين;اختصاصيين
health centre;health centres;health center;health centers;polyclinic;polyclinics|مركز صحي;المراكز الصحية;مراكز صحية;المركز الصحي
paramedic;paramedics|مسعف;مسعفين;المسعفين
x-ray;x-rays;scan;scans;mri|أشعة;الأشعة;الأشعة السينية;الرنين المغناطيسي;أشعة مقطعية
prescription;prescriptions|روشتة;الروشتة
dialysis|غسيل الكلى;غسيل كلى
pregnancy;pregnant|حوامل;الحوامل;حامل
birth;births;newborn;newborns|ولادة;الولادة;ولادات;مواليد;المواليد;مولود
mental health;psychological|الصحة النفسية;نفسي;النفسية;الطب النفسي
physiotherapy;rehabilitation;rehab|تأهيل;التأهيل
sick leave;medical leave|إجازة مرضية;الإجازات المرضية;الإجازة المرضية
flu;influenza|إنفلونزا;الإنفلونزا;الانفلونزا;زكام
allergy;allergies;asthma|حساسية;الحساسية;ربو;الربو
stroke;strokes;clot;clots|جلطة;الجلطة;جلطات;سكتة دماغية
`,
  /** Shopping and consumer affairs. */
  consumer: `
discount;discounts;markdown;markdowns|خصم;خصومات;الخصومات;تنزيلات;التنزيلات
complaint;complaints|شكوى;شكاوى;الشكاوى;بلاغ;بلاغات;البلاغات
consumer protection|حماية المستهلك
e-commerce;online shopping|التجارة الإلكترونية;التسوق الإلكتروني
shopping;shop;mall;malls|تسوق;التسوق;مجمع تجاري;مجمعات تجارية;المجمعات التجارية;مول;مولات
wedding;weddings;marriage;marriages|زواج;الزواج;عرس;أعراس;زفاف;الزفاف
divorce;divorces|طلاق;الطلاق
expiry;expired|الصلاحية;صلاحية;منتهية الصلاحية
`,
};
