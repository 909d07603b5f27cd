/**
 * General news-wire vocabulary of the economy and public services, written from knowledge of
 * agency copy (not from any evaluation set): one block a domain, each line a concept as in
 * wire-lexicon-data.ts (english;…|arabic;…). A concept joins true synonyms only; a block can be dropped whole.
 */
export const economyLexiconBlocks: Record<string, string> = {
  /** Economy and finance. */
  finance: `
bank;banks;banking|بنك;بنوك;البنوك;مصرف;مصارف;المصارف;مصرفي;المصرفي;المصرفية
central bank|البنك المركزي;المصرف المركزي
currency;currencies|العملة المحلية;العملة الوطنية;العملات الأجنبية;العملات الرقمية
exchange rate;exchange rates|سعر الصرف;أسعار الصرف
exchange companies;exchange company;exchange houses;money exchangers|شركات الصرافة;شركة صرافة;شركات صرافة;محلات الصرافة
dollar;dollars|دولار;الدولار;دولارات
euro;euros|يورو;اليورو
riyal;riyals;rial|ريال;ريالات
dirham;dirhams|درهم;دراهم
debt;debts;indebtedness|ديون;الديون;مديونية;المديونية;الدين العام
tax;taxes;taxation|ضريبة;ضرائب;الضرائب;ضريبي;الضريبية
vat;value added tax|ضريبة القيمة المضافة
revenue;revenues;proceeds|إيرادات;الإيرادات;عائدات;العائدات;إيراد
spending;expenditure;expenditures;expenses|إنفاق;الإنفاق;مصروفات;المصروفات;نفقات;النفقات
investor;investors|مستثمر;مستثمرين;المستثمرين;المستثمرون
deposit;deposits|ودائع;الودائع;وديعة;إيداع
credit;lending|ائتمان;الائتمان;ائتماني;الائتمانية;إقراض;الإقراض
credit rating;credit ratings|تصنيف ائتماني;التصنيف الائتماني;تصنيف;التصنيف
recession;contraction|ركود;الركود;انكماش;الانكماش
market;markets|سوق;السوق;أسواق;الأسواق
share capital;paid-up capital|رأس المال;رأسمال
acquisition;acquisitions;takeover;acquire;acquired|استحواذ;الاستحواذ;استحوذ;استحوذت
merger;mergers;merge;merged|اندماج;الاندماج;دمج;الدمج
ipo;initial public offering;subscription|اكتتاب;الاكتتاب;اكتتاب عام;طرح عام أولي
listing;listed|إدراج;الإدراج;مدرجة;المدرجة
dividend;dividends|توزيعات;التوزيعات;توزيعات نقدية;توزيع أرباح
shareholder;shareholders|مساهم;مساهمين;المساهمين;المساهمون
assets|أصول;الأصول;موجودات;الموجودات
insurance|تأمين;التأمين;تأمينات;التأمينات
fiscal year;financial year|السنة المالية;العام المالي
quarter;quarterly|ربع;الربع;ربعي;الربعية;ربع سنوي
annual;yearly|سنوي;السنوي;السنوية;سنوية;سنويا
average;averaged|متوسط;المتوسط;بمتوسط
subsidy;subsidies;subsidised;subsidized|الدعم;المدعوم;المدعومة;مدعومة
bankruptcy;bankrupt|إفلاس;الإفلاس;أفلست;إشهار إفلاس
payment;payments|مدفوعات;المدفوعات;سداد;السداد
pension;pensions|معاش;معاشات;المعاشات;معاش تقاعدي
`,
  /** Trade and industry. */
  industry: `
factory;factories|مصنع;مصانع;المصنع;المصانع
industry;industries;industrial|صناعة;الصناعة;صناعات;الصناعات;صناعي;الصناعية
manufacturing;manufacture;manufactured|تصنيع;التصنيع
goods;commodities|سلع;السلع;سلعة;بضائع;البضائع
product;products|منتج;منتجات;المنتجات
customs|جمارك;الجمارك
tariff;tariffs;customs duties|رسوم جمركية;الرسوم الجمركية;تعرفة;تعريفة;تعريفات
fee;fees|رسوم;الرسوم;رسم
supply;supplies;supply chain;supply chains|إمدادات;الإمدادات;إمداد;توريد;سلاسل الإمداد
shipment;shipments;cargo;freight|شحن;الشحن;شحنة;شحنات;الشحنات;حمولة
contract;contracts;contracting|عقود;العقود;تعاقد;التعاقد;عقدا
tender;tenders;bid;bids|مناقصة;مناقصات;المناقصة;المناقصات;عطاء;عطاءات
consumer;consumers|مستهلك;المستهلك;مستهلكين;المستهلكين
consumption;consume;consumed|استهلاك;الاستهلاك;استهلك
retail;retailer;retailers|تجزئة;التجزئة;قطاع التجزئة
exhibition;exhibitions;expo|معرض;المعرض
area;areas;region;regions;zone;zones|منطقة;مناطق;المنطقة;المناطق
free zone;free zones|منطقة حرة;المنطقة الحرة;مناطق حرة
sector;sectors|قطاع;القطاع;قطاعات;القطاعات
private sector|القطاع الخاص
public sector|القطاع العام
small and medium enterprises;smes;small businesses|المشروعات الصغيرة والمتوسطة;المشاريع الصغيرة والمتوسطة;المشروعات الصغيرة
steel;iron|حديد;الحديد;الصلب
aluminium;aluminum|ألمنيوم;الألمنيوم;ألومنيوم
cement|أسمنت;الأسمنت;إسمنت
petrochemical;petrochemicals|بتروكيماويات;البتروكيماويات;بتروكيماوية
fertiliser;fertilisers;fertilizer;fertilizers|أسمدة;الأسمدة;سماد
`,
  /** Energy and oil. */
  energy: `
oilfield;oilfields;oil field;oil fields|حقل;حقول;الحقول;حقل نفطي
pipeline;pipelines|خط أنابيب;خطوط أنابيب;أنابيب;الأنابيب
drilling;drill;rig;rigs|حفر;الحفر;منصة حفر;حفارة;حفارات
lng;liquefied natural gas|الغاز الطبيعي المسال;الغاز المسال
fuel;fuels|وقود;الوقود
petrol;gasoline|بنزين;البنزين
diesel|ديزل;الديزل;سولار
solar;solar energy;solar power|شمسية;الشمسية;الطاقة الشمسية;ألواح شمسية
station;stations|محطة;محطات;المحطة;المحطات
power plant;power plants;power station;power stations|محطة كهرباء;محطات الكهرباء;محطة توليد;محطات توليد
load;loads;peak load|أحمال;الأحمال;الحمل الكهربائي
megawatt;megawatts;mw|ميغاواط;ميجاوات;ميغاوات;ميجاواط
hydrogen|هيدروجين;الهيدروجين
`,
  /** Labour and social affairs. */
  labour: `
employee;employees;staff;personnel|موظف;موظفين;الموظفين;موظفي;موظفون
employment;recruitment;hiring;hire;hired|توظيف;التوظيف;استقدام;الاستقدام
strike;strikes;walkout|إضراب;الإضراب;إضرابات;مضربين
union;unions;trade union|نقابة;نقابات;النقابة;النقابات
retirement;retire;retired;retiree;retirees|تقاعد;التقاعد;متقاعد;متقاعدين;المتقاعدين
domestic worker;domestic workers;domestic helpers;maid;maids;housemaid;housemaids|عمالة منزلية;العمالة المنزلية;عاملات المنازل;عاملة منزلية;خادمة;خادمات;الخادمات
work permit;work permits|تصريح عمل;تصاريح العمل;تصاريح عمل
family;families|أسرة;الأسرة;أسرية;عائلة;عائلات;العائلات
child;children;kids|أطفال;الأطفال;طفل;الطفل;طفولة
minor;minors;underage|قاصر;قاصرين;القاصرين;قاصرا
employer;employers|صاحب العمل;أصحاب العمل;صاحب عمل
woman;women|المرأة;امرأة;نساء;النساء;سيدات
man;men;men's|رجل;الرجل;رجال;الرجال;للرجال
youth;young people|شباب;الشباب;شبابية
elderly;senior citizens|مسنين;المسنين;كبار السن
disability;disabilities;disabled|إعاقة;الإعاقة;معاقين;ذوي الإعاقة;المعاقين
charity;charities;charitable|خيري;خيرية;الخيرية;جمعيات خيرية;العمل الخيري
volunteer;volunteers;volunteering|متطوع;متطوعين;المتطوعين;تطوع;التطوعي
poverty;poor|فقر;الفقر;فقراء;الفقراء
census|تعداد;التعداد;التعداد السكاني
migration;migrants;immigration;immigrants|هجرة;الهجرة;مهاجرين;المهاجرين
`,
  /** Transport and travel. */
  transport: `
airport;airports|مطار;مطارات;المطار;المطارات
airline;airlines|شركة طيران;شركات الطيران;الخطوط الجوية;خطوط جوية
aviation|طيران;الطيران;الطيران المدني
passenger;passengers;traveller;travellers;traveler;travelers|مسافر;مسافرين;المسافرين;ركاب;الركاب
travel;travelling;traveling|سفر;السفر;سافر
bus;buses|حافلة;حافلات;الحافلات;باص
train;trains;railway;railways;rail|قطار;قطارات;القطار;سكة حديد;السكك الحديدية;سكة الحديد
metro;subway|مترو;المترو
car;cars;vehicle;vehicles|سيارة;سيارات;السيارات;مركبة;مركبات;المركبات
driver;drivers|سائق;سائقين;السائقين;السائق
driving licence;driving license;driver's licence;driver's license|رخصة قيادة;رخص القيادة;رخصة السوق
licence;licences;license;licenses;permit;permits|ترخيص;تراخيص;التراخيص;رخصة;رخص
ship;ships;vessel;vessels|سفينة;سفن;السفن;السفينة;باخرة
boat;boats|قارب;قوارب;القارب;القوارب;زورق;زوارق
tanker;tankers|ناقلة;ناقلات;ناقلة نفط;ناقلات النفط
transport;transportation|نقل;النقل;مواصلات;المواصلات
car park;car parks|مواقف السيارات;موقف سيارات
taxi;taxis|تاكسي;سيارة أجرة;سيارات الأجرة
departure;departures|مغادرة;المغادرة;مغادرين
arrival;arrivals|وصول;الوصول;القادمين
cancel;cancelled;canceled;cancellation|إلغاء;الإلغاء;ألغت;ألغى
`,
  /** Housing and municipal services. */
  housing: `
home;homes|منزل;منازل;المنازل;بيت;بيوت;مسكن;مساكن
apartment;apartments|شقة;شقق;الشقق
rent;rents;rental;lease|إيجار;الإيجار;إيجارات;الإيجارات;تأجير
real estate;property;properties|عقار;عقارات;العقارات;عقاري;العقارية
plot;plots|أرض;أراضي;الأراضي;قسيمة;قسائم
municipality;municipal|بلدية;البلدية;بلديات
municipal council|المجلس البلدي;مجلس بلدي
cleaning;cleanliness|نظافة;النظافة;تنظيف
sewage;sewerage;sewer|صرف صحي;الصرف الصحي;مجاري
street;streets|شارع;شوارع;الشوارع
park;parks;garden;gardens|حديقة;حدائق;الحدائق;منتزه
demolition;demolish;demolished|هدم;الهدم;هدمت
maintenance;repair;repairs|صيانة;الصيانة;ترميم;الترميم
infrastructure|بنية تحتية;البنية التحتية;البنى التحتية
`,
  /** Technology and communications. */
  technology: `
internet;online|إنترنت;الإنترنت;الانترنت;النت
phone;phones;mobile phone;smartphone;smartphones|هاتف;هواتف;الهواتف;الهاتف;جوال;نقال
telecommunications;telecom;telecoms|اتصالات;الاتصالات
network;networks|شبكة;شبكات;الشبكة;الشبكات
app;apps;application;applications|تطبيق;تطبيقات;التطبيقات
digitisation;digitization;digital transformation|رقمنة;الرقمنة;التحول الرقمي
hacking;hacked;cyberattack;cyberattacks;cyber attack|اختراق;قرصنة;القرصنة;هجوم إلكتروني;هجمات سيبرانية
data|بيانات;البيانات
satellite;satellites|قمر صناعي;أقمار صناعية;الأقمار الصناعية
electronic;e-services|إلكتروني;الإلكترونية;الالكترونية;إلكترونية
platform;platforms|منصة;منصات;المنصة
website;websites|موقع إلكتروني;الموقع الإلكتروني;مواقع إلكترونية
technology;technologies;tech|تكنولوجيا;التكنولوجيا;تقنية;التقنية;تقنيات
innovation;innovative|ابتكار;الابتكار;ابتكارات
startup;startups|شركات ناشئة;الشركات الناشئة
television;tv|تلفزيون;التلفزيون;تلفزيونية
channel;channels|قناة;قنوات;القناة
radio|إذاعة;الإذاعة;راديو
media|إعلام;الإعلام;إعلامي;الإعلامية;وسائل الإعلام
journalist;journalists;reporter;reporters|صحفي;صحفيين;الصحفيين;صحافي;صحافيين
newspaper;newspapers|صحيفة;الصحيفة;جريدة;الجريدة
social media|وسائل التواصل الاجتماعي;مواقع التواصل الاجتماعي;منصات التواصل
postal;mail|بريد;البريد;البريدية
`,
};
