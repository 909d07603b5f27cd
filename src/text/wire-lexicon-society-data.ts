/**
 * General news-wire vocabulary of society, culture and sport, written from knowledge of agency
 * copy (not from any evaluation set): one block a domain, each line a concept as in
 * wire-lexicon-data.ts (english;…|arabic;…). A concept joins true synonyms only; a block can be dropped whole.
 */
export const societyLexiconBlocks: Record<string, string> = {
  /** Health. */
  health: `
doctor;doctors;physician;physicians|طبيب;أطباء;الأطباء;الطبيب;طبيبة
nurse;nurses;nursing|ممرض;ممرضة;ممرضين;الممرضين;الممرضات;تمريض;التمريض
surgery;surgeries;surgical|جراحة;الجراحة;عملية جراحية;عمليات جراحية;جراحي
medicine;medicines;medication;medications|دواء;الدواء;أدوية;الأدوية
pharmacy;pharmacies|صيدلية;صيدليات;الصيدليات
clinic;clinics|عيادة;عيادات;العيادات;مستوصف
disease;diseases;illness|أمراض;الأمراض
virus;viruses|فيروس;الفيروس;فيروسات
infection;infections;infected|عدوى;العدوى
epidemic;pandemic|وباء;الوباء;أوبئة;جائحة;الجائحة
cancer;tumour;tumor;tumours;tumors|سرطان;السرطان;أورام;الأورام;ورم
diabetes|مرض السكري;داء السكري
heart;cardiac|قلب;القلب;أمراض القلب
blood|دم;الدم;التبرع بالدم
ambulance;ambulances|إسعاف;الإسعاف;سيارة إسعاف;سيارات الإسعاف
emergency;emergencies|طوارئ;الطوارئ;طارئ;طارئة
smoking;tobacco;cigarettes|تدخين;التدخين;تبغ;التبغ;سجائر
obesity|سمنة;السمنة
transplant;transplants;transplantation|زراعة الأعضاء;نقل الأعضاء
dental;dentist;dentists;teeth|أسنان;الأسنان;طب الأسنان
autism|توحد;التوحد
poisoning;poisoned|تسمم;التسمم;تسمم غذائي
`,
  /** Education. */
  education: `
teacher;teachers|معلم;معلمين;المعلمين;معلمة;المعلمات
kindergarten;kindergartens|روضة;الروضة;رياض الأطفال
primary;elementary|ابتدائي;الابتدائية;المرحلة الابتدائية
middle school;intermediate school|المرحلة المتوسطة;المدارس المتوسطة
graduate;graduates;graduation;graduated|تخرج;التخرج;خريج;خريجين;الخريجين
scholarship;scholarships|بعثة دراسية;البعثات الدراسية;منحة دراسية;منح دراسية;بعثات
grant;grants|منحة;منح;المنحة
curriculum;curricula;syllabus|منهج;المنهج;مناهج;المناهج
academic year;school year|العام الدراسي;السنة الدراسية
research;researcher;researchers|أبحاث;الأبحاث;بحوث;البحوث;باحث;باحثين
study;studies|دراسة;دراسات;الدراسة
literacy;illiteracy|محو الأمية
spelling;spelling bee|تهجئة;التهجئة;إملاء;الإملاء
admission;admissions;enrolment;enrollment|قبول;القبول
distance learning;online learning|التعليم عن بعد;التعلم عن بعد
`,
  /** Environment. */
  environment: `
environment;environmental|بيئة;البيئة;بيئي;البيئية
pollution;polluted;pollutants|تلوث;التلوث;ملوثات;الملوثات
emissions;emission|انبعاثات;الانبعاثات;انبعاث
carbon|كربون;الكربون;الكربوني
waste;rubbish;garbage|نفايات;النفايات;مخلفات;المخلفات
recycling;recycle;recycled|تدوير;التدوير;إعادة التدوير
tree;trees;afforestation|أشجار;الأشجار;شجرة;تشجير;التشجير
desertification|تصحر;التصحر
desert|صحراء;الصحراء;صحراوية
wildlife|الحياة الفطرية;الحياة البرية
animal;animals|حيوان;حيوانات;الحيوانات
leak;leaks;leakage;spill;oil spill|تسرب;التسرب;تسربات;تسرب نفطي;بقعة نفطية
nature reserve;nature reserves;protected area|محمية;محميات;المحميات;محمية طبيعية
global warming|الاحتباس الحراري
`,
  /** Agriculture and food. */
  agriculture: `
agriculture;agricultural|زراعة;الزراعة;زراعي;الزراعية
farm;farms;farmer;farmers|مزرعة;مزارع;المزارع;مزارعين;المزارعين
crop;crops|محصول;محاصيل;المحاصيل
harvest;harvesting|حصاد;الحصاد;موسم الحصاد
livestock;cattle|ماشية;الماشية;مواشي;المواشي;الثروة الحيوانية
sheep|أغنام;الأغنام;خراف;الخراف
poultry;chicken;chickens|دواجن;الدواجن;دجاج;الدجاج
meat|لحوم;اللحوم;لحم
rice|أرز;الأرز;رز
vegetables|خضروات;الخضروات;خضار;الخضار
fruit;fruits|فواكه;الفواكه;فاكهة
date palm;date palms;palm trees|نخيل;النخيل;نخلة
food;foodstuffs|غذاء;الغذاء;أغذية;الأغذية;مواد غذائية
bread;bakery;bakeries|خبز;الخبز;مخابز;المخابز
sugar|سكر;السكر
`,
  /** Religion, Ramadan and Eid. */
  religion: `
mosque;mosques|مسجد;مساجد;المساجد;المسجد
prayer;prayers;pray|صلاة;الصلاة;صلوات;صلاة الجمعة
fasting;fast|صيام;الصيام;صوم;الصائمين
iftar|إفطار;الإفطار;إفطار صائم;مائدة إفطار;فطور;الفطور
suhoor;sahur|سحور;السحور
pilgrim;pilgrims|حجاج;الحجاج;حاج
umrah|معتمرين;المعتمرين;معتمر;أداء العمرة;مناسك العمرة
sermon;sermons|خطبة;الخطبة;خطبة الجمعة
quran;koran|القرآن;قرآن;القرآن الكريم
imam;imams|إمام;الإمام;أئمة
endowments;awqaf;islamic affairs|أوقاف;الأوقاف;الشؤون الإسلامية
laylat al-qadr;night of power|ليلة القدر
moon sighting;sighting|رؤية الهلال;تحري الهلال;تحري رؤية الهلال
christmas|عيد الميلاد;الميلاد المجيد
church;churches|كنيسة;كنائس;الكنيسة
religion;religious|دين;ديني;الدينية;دينية
muslim;muslims;islamic|مسلم;مسلمين;المسلمين;إسلامي;الإسلامية;إسلامية
`,
  /** Culture and arts. */
  culture: `
art;arts|فن;الفن;فنون;الفنون
artist;artists|فنانين;الفنانين;فنانة;الفنانة
painting;paintings|لوحة;لوحات;اللوحات;لوحة فنية
museum;museums|متحف;متاحف;المتحف;المتاحف
heritage|تراث;التراث;تراثي;التراثية
handicrafts;handicraft;crafts|الحرف اليدوية;حرف يدوية;الحرف التقليدية;المشغولات اليدوية;مشغولات يدوية
theatre;theater;theatrical|مسرح;المسرح;مسرحي;المسرحية;مسرحية
film;films;movie;movies;cinema|فيلم;أفلام;الأفلام;سينما;السينما;سينمائي
book;books|كتاب;كتب;الكتب
author;authors;writer;writers|كاتب;الكاتب;كاتبة;مؤلف;المؤلف;أديب;أدباء
poet;poets|شاعر;الشاعر;شعراء;الشعراء
poetry;poem;poems|شعر;الشعر;قصيدة;قصائد;الشعرية
music;musical|موسيقى;الموسيقى;موسيقي;الموسيقية
song;songs|أغنية;أغاني;الأغاني
singer;singers|مطرب;مطربة;مغني;مغنية
culture;cultural|ثقافة;الثقافة;ثقافي;الثقافية
photography;photographer;photographers|تصوير;التصوير;مصور;المصورين
`,
  /**
   * Sports by discipline: names of one sport each, the Arabic mostly loanwords with no other sense (the
   * sixth session's sports block of results, clubs and fans, which look alike in every sport, was dropped).
   */
  sports: `
judo|جودو;الجودو
karate|كاراتيه;الكاراتيه
taekwondo|تايكوندو;التايكوندو
jiu-jitsu;jujitsu|جوجيتسو;الجوجيتسو
wrestling;wrestler;wrestlers|مصارعة;المصارعة;مصارع;مصارعين;المصارعين
fencing|مبارزة;المبارزة
squash|اسكواش;الإسكواش;الاسكواش
weightlifting;weightlifter;weightlifters|رفع الأثقال;رفع الاثقال
gymnastics;gymnast;gymnasts|جمباز;الجمباز
ice hockey;hockey|هوكي;الهوكي;هوكي الجليد
snooker;billiards|سنوكر;السنوكر;بلياردو;البلياردو
tennis|تنس;التنس;كرة المضرب
table tennis|تنس الطاولة;كرة الطاولة
golf|غولف;الغولف;جولف;الجولف
bodybuilding;bodybuilder;bodybuilders|بناء الأجسام;كمال الأجسام
swimming;swimmer;swimmers|سباحة;السباحة;سباح
athletics;track and field|ألعاب القوى
`,
  /** Tourism. */
  tourism: `
tourist;tourists|سائح;سياح;السياح;سائحين
hotel;hotels|فندق;فنادق;الفنادق;فندقي;الفندقية
visitor;visitors|زائر;زوار;الزوار;زائرين
occupancy|نسبة الإشغال;إشغال;الإشغال
cruise;cruises|رحلة بحرية;رحلات بحرية;سفينة سياحية
island;islands|جزيرة;جزر;الجزر
resort;resorts|منتجع;منتجعات
season;seasons|موسم;المواسم;مواسم
archaeology;archaeological;antiquities|آثار;الآثار;أثري;الأثرية
`,
};
