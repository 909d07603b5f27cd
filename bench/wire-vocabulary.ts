/** Word lists the benchmark's generator draws from: pairs of Arabic and English forms as wires write them. */

export const cities: Array<[ar: string, en: string]> = [
  ['الكويت', 'KUWAIT'], ['الرياض', 'RIYADH'], ['أبوظبي', 'ABU DHABI'], ['الدوحة', 'DOHA'], ['المنامة', 'MANAMA'],
  ['مسقط', 'MUSCAT'], ['القاهرة', 'CAIRO'], ['عمان', 'AMMAN'], ['بيروت', 'BEIRUT'], ['بغداد', 'BAGHDAD'],
  ['دمشق', 'DAMASCUS'], ['الرباط', 'RABAT'], ['تونس', 'TUNIS'], ['الجزائر', 'ALGIERS'], ['الخرطوم', 'KHARTOUM'],
  ['نيويورك', 'NEW YORK'], ['واشنطن', 'WASHINGTON'], ['لندن', 'LONDON'], ['باريس', 'PARIS'], ['برلين', 'BERLIN'],
  ['موسكو', 'MOSCOW'], ['بكين', 'BEIJING'], ['طوكيو', 'TOKYO'], ['نيودلهي', 'NEW DELHI'], ['أنقرة', 'ANKARA'],
  ['طهران', 'TEHRAN'], ['جنيف', 'GENEVA'], ['بروكسل', 'BRUSSELS'], ['فيينا', 'VIENNA'], ['روما', 'ROME'],
];

export const officials: Array<[ar: string, en: string]> = [
  ['وزير الخارجية', 'Foreign Minister'], ['وزير المالية', 'Finance Minister'], ['وزير الصحة', 'Health Minister'],
  ['وزير النفط', 'Oil Minister'], ['وزير التربية', 'Education Minister'], ['وزير الدفاع', 'Defence Minister'],
  ['رئيس الوزراء', 'Prime Minister'], ['وزير الإعلام', 'Information Minister'], ['وزير التجارة', 'Commerce Minister'],
  ['وزير الداخلية', 'Interior Minister'], ['محافظ البنك المركزي', 'Central Bank Governor'], ['وزير الكهرباء', 'Electricity Minister'],
];

export const partners: Array<[ar: string, en: string]> = [
  ['روسيا', 'Russia'], ['الصين', 'China'], ['الولايات المتحدة', 'the United States'], ['فرنسا', 'France'],
  ['بريطانيا', 'Britain'], ['ألمانيا', 'Germany'], ['اليابان', 'Japan'], ['الهند', 'India'], ['تركيا', 'Turkey'],
  ['مصر', 'Egypt'], ['السعودية', 'Saudi Arabia'], ['الإمارات', 'the UAE'], ['قطر', 'Qatar'], ['عمان', 'Oman'],
  ['البحرين', 'Bahrain'], ['الأردن', 'Jordan'], ['المغرب', 'Morocco'], ['إيطاليا', 'Italy'], ['إسبانيا', 'Spain'],
];

export const bodies: Array<[ar: string, en: string]> = [
  ['مجلس الأمن', 'the Security Council'], ['الأمم المتحدة', 'the United Nations'], ['مجلس التعاون الخليجي', 'the GCC'],
  ['جامعة الدول العربية', 'the Arab League'], ['منظمة الصحة العالمية', 'the World Health Organization'],
  ['أوبك', 'OPEC'], ['صندوق النقد الدولي', 'the International Monetary Fund'], ['البنك الدولي', 'the World Bank'],
  ['منظمة شانغهاي للتعاون', 'the Shanghai Cooperation Organisation'], ['مجموعة بريكس', 'the BRICS group'],
  ['الاتحاد الأوروبي', 'the European Union'], ['منظمة التعاون الإسلامي', 'the Organisation of Islamic Cooperation'],
];

export const fields: Array<[ar: string, en: string]> = [
  ['الطاقة', 'energy'], ['التجارة', 'trade'], ['الاستثمار', 'investment'], ['التعليم', 'education'],
  ['الصحة', 'health'], ['النقل', 'transport'], ['الزراعة', 'agriculture'], ['الثقافة', 'culture'],
  ['الأمن الغذائي', 'food security'], ['التكنولوجيا', 'technology'], ['السياحة', 'tourism'], ['البيئة', 'the environment'],
];

export const events: Array<[ar: string, en: string]> = [
  ['حملة التطعيم ضد الإنفلونزا الموسمية', 'the seasonal influenza vaccination campaign'],
  ['معرض الكتاب الدولي', 'the international book fair'], ['مؤتمر الطاقة المتجددة', 'the renewable energy conference'],
  ['بطولة كأس الخليج لكرة القدم', 'the Gulf Cup football tournament'], ['الانتخابات البلدية', 'the municipal elections'],
  ['منتدى الاستثمار الخليجي', 'the Gulf investment forum'], ['أسبوع المرور الخليجي', 'the Gulf traffic week'],
  ['مهرجان التراث الشعبي', 'the folk heritage festival'], ['قمة المناخ', 'the climate summit'],
];

export const weekdays: Array<[ar: string, en: string]> = [
  ['الأحد', 'Sunday'], ['الاثنين', 'Monday'], ['الثلاثاء', 'Tuesday'], ['الأربعاء', 'Wednesday'],
  ['الخميس', 'Thursday'], ['الجمعة', 'Friday'], ['السبت', 'Saturday'],
];

export const monthsEn = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
