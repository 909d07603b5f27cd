/**
 * English demonyms of the gazetteer's countries: wire copy names a country by its adjective as often
 * as by its name ("a Chinese company", "the Iraqi side"). One country a line: gazetteer id|forms.
 * Arabic needs no list: its adjective is the name with the nisba ending (الصين → الصينية), which the
 * stemmer reduces to the name's stem, and names ending in ا get theirs derived (see gazetteer.ts).
 */
export const demonymLines = `
kuwait|Kuwaiti;Kuwaitis
saudi-arabia|Saudi;Saudis
uae|Emirati;Emiratis
qatar|Qatari;Qataris
bahrain|Bahraini;Bahrainis
oman|Omani;Omanis
iraq|Iraqi;Iraqis
iran|Iranian;Iranians
yemen|Yemeni;Yemenis
jordan|Jordanian;Jordanians
syria|Syrian;Syrians
lebanon|Lebanese
palestine|Palestinian;Palestinians
israel|Israeli;Israelis
egypt|Egyptian;Egyptians
sudan|Sudanese
libya|Libyan;Libyans
tunisia|Tunisian;Tunisians
algeria|Algerian;Algerians
morocco|Moroccan;Moroccans
mauritania|Mauritanian
somalia|Somali;Somalis
turkey|Turkish;Turk;Turks
russia|Russian;Russians
china|Chinese
usa|American;Americans
uk|British
france|French
germany|German;Germans
italy|Italian;Italians
spain|Spanish
japan|Japanese
india|Indian;Indians
pakistan|Pakistani;Pakistanis
afghanistan|Afghan;Afghans
bangladesh|Bangladeshi;Bangladeshis
indonesia|Indonesian;Indonesians
malaysia|Malaysian;Malaysians
south-korea|South Korean;South Koreans
north-korea|North Korean;North Koreans
ukraine|Ukrainian;Ukrainians
brazil|Brazilian;Brazilians
south-africa|South African
ethiopia|Ethiopian;Ethiopians
kenya|Kenyan;Kenyans
nigeria|Nigerian;Nigerians
canada|Canadian;Canadians
australia|Australian;Australians
switzerland|Swiss
belgium|Belgian
austria|Austrian
netherlands|Dutch
greece|Greek
cyprus|Cypriot
azerbaijan|Azerbaijani;Azeri
kazakhstan|Kazakh
uzbekistan|Uzbek
portugal|Portuguese
poland|Polish
sweden|Swedish
norway|Norwegian
denmark|Danish
finland|Finnish
ireland|Irish
hungary|Hungarian
czech-republic|Czech
romania|Romanian
bulgaria|Bulgarian
serbia|Serbian
belarus|Belarusian
armenia|Armenian
turkmenistan|Turkmen
kyrgyzstan|Kyrgyz
tajikistan|Tajik
sri-lanka|Sri Lankan
nepal|Nepalese;Nepali
`;
