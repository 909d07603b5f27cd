/**
 * The bilingual gazetteer: names wires are full of, each with Arabic and English forms
 * (first form canonical, the rest common spellings). One entry a line: id|kind|ar;…|en;…
 */
export const gazetteerLines = `
putin|person|بوتين;فلاديمير بوتين|Putin;Vladimir Putin
xi-jinping|person|شي جين بينغ;شي جين بينج;شي|Xi Jinping;Xi
trump|person|ترامب;دونالد ترامب|Trump;Donald Trump
biden|person|بايدن;جو بايدن|Biden;Joe Biden
erdogan|person|أردوغان;رجب طيب أردوغان;اردوغان|Erdogan;Recep Tayyip Erdogan
macron|person|ماكرون;إيمانويل ماكرون|Macron;Emmanuel Macron
modi|person|مودي;ناريندرا مودي|Modi;Narendra Modi
zelensky|person|زيلينسكي;فولوديمير زيلينسكي|Zelensky;Zelenskyy;Volodymyr Zelensky
guterres|person|غوتيريش;أنطونيو غوتيريش;غوتيريس|Guterres;Antonio Guterres
lavrov|person|لافروف;سيرغي لافروف|Lavrov;Sergei Lavrov
wang-yi|person|وانغ يي|Wang Yi
blinken|person|بلينكن;أنتوني بلينكن|Blinken;Antony Blinken
rubio|person|روبيو;ماركو روبيو|Rubio;Marco Rubio
starmer|person|ستارمر;كير ستارمر|Starmer;Keir Starmer
scholz|person|شولتس;أولاف شولتس|Scholz;Olaf Scholz
merz|person|ميرتس;فريدريش ميرتس|Merz;Friedrich Merz
meloni|person|ميلوني;جورجيا ميلوني|Meloni;Giorgia Meloni
netanyahu|person|نتنياهو;بنيامين نتنياهو|Netanyahu;Benjamin Netanyahu
pezeshkian|person|بزشكيان;مسعود بزشكيان|Pezeshkian;Masoud Pezeshkian
khamenei|person|خامنئي;علي خامنئي|Khamenei;Ali Khamenei
araghchi|person|عراقجي;عباس عراقجي|Araghchi;Abbas Araghchi
sisi|person|السيسي;عبد الفتاح السيسي|Sisi;el-Sisi;Abdel Fattah al-Sisi
abdullah-ii|person|الملك عبدالله الثاني;عبدالله الثاني|King Abdullah II;Abdullah II
mohammed-vi|person|الملك محمد السادس;محمد السادس|King Mohammed VI;Mohammed VI
tebboune|person|تبون;عبد المجيد تبون|Tebboune;Abdelmadjid Tebboune
saied|person|قيس سعيد|Kais Saied
aoun|person|جوزيف عون|Joseph Aoun
salam|person|نواف سلام|Nawaf Salam
sudani|person|محمد شياع السوداني;شياع السوداني|Mohammed Shia al-Sudani;Mohammed Shia Al-Sudani
sharaa|person|أحمد الشرع;الرئيس الشرع|Ahmed al-Sharaa;al-Sharaa;Sharaa
abbas|person|محمود عباس;أبو مازن|Mahmoud Abbas;Abbas
burhan|person|عبد الفتاح البرهان;الفريق أول عبد الفتاح البرهان|Burhan;Abdel Fattah al-Burhan
mishal|person|الشيخ مشعل الأحمد الجابر الصباح;الشيخ مشعل الأحمد;مشعل الأحمد|Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah;Sheikh Mishal Al-Ahmad;Sheikh Meshal
sabah-khaled|person|الشيخ صباح خالد الحمد الصباح;صباح خالد الحمد|Sheikh Sabah Khaled Al-Hamad Al-Sabah;Sheikh Sabah Al-Khaled
ahmad-abdullah|person|الشيخ أحمد عبدالله الأحمد الصباح;أحمد عبدالله الأحمد|Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah
yahya|person|عبدالله اليحيا|Abdullah Al-Yahya
king-salman|person|الملك سلمان;خادم الحرمين الشريفين;سلمان بن عبدالعزيز|King Salman;Salman bin Abdulaziz;Custodian of the Two Holy Mosques
mbs|person|محمد بن سلمان;الأمير محمد بن سلمان|Mohammed bin Salman;Crown Prince Mohammed bin Salman;MBS
faisal-farhan|person|فيصل بن فرحان|Faisal bin Farhan;Prince Faisal bin Farhan
mbz|person|محمد بن زايد;الشيخ محمد بن زايد|Mohamed bin Zayed;Sheikh Mohamed bin Zayed;MBZ
mbr|person|محمد بن راشد;الشيخ محمد بن راشد|Mohammed bin Rashid;Sheikh Mohammed bin Rashid
tamim|person|الشيخ تميم بن حمد;تميم بن حمد;الشيخ تميم|Sheikh Tamim bin Hamad;Tamim bin Hamad;Sheikh Tamim
hamad-bin-isa|person|الملك حمد بن عيسى;حمد بن عيسى|King Hamad bin Isa;Hamad bin Isa
haitham|person|السلطان هيثم بن طارق;هيثم بن طارق|Sultan Haitham bin Tarik;Haitham bin Tarik
aboul-gheit|person|أبو الغيط;أحمد أبو الغيط|Aboul Gheit;Ahmed Aboul Gheit
budaiwi|person|البديوي;جاسم البديوي|Albudaiwi;Jasem Albudaiwi
tedros|person|تيدروس;تيدروس أدهانوم غيبريسوس|Tedros;Tedros Adhanom Ghebreyesus
georgieva|person|غورغييفا;كريستالينا غورغييفا|Georgieva;Kristalina Georgieva
amir|office|أمير البلاد;صاحب السمو أمير البلاد;سمو الأمير|Amir;His Highness the Amir;Kuwait Amir
crown-prince|office|ولي العهد;سمو ولي العهد|Crown Prince;His Highness the Crown Prince
prime-minister|office|رئيس الوزراء;رئيس مجلس الوزراء|Prime Minister;Premier
foreign-minister|office|وزير الخارجية|Foreign Minister;Minister of Foreign Affairs
finance-minister|office|وزير المالية|Finance Minister;Minister of Finance
health-minister|office|وزير الصحة|Health Minister;Minister of Health
oil-minister|office|وزير النفط|Oil Minister;Minister of Oil
defence-minister|office|وزير الدفاع|Defence Minister;Defense Minister;Minister of Defence
interior-minister|office|وزير الداخلية|Interior Minister;Minister of Interior
education-minister|office|وزير التربية;وزير التعليم|Education Minister;Minister of Education
information-minister|office|وزير الإعلام|Information Minister;Minister of Information
commerce-minister|office|وزير التجارة;وزير التجارة والصناعة|Commerce Minister;Minister of Commerce and Industry;Trade Minister
electricity-minister|office|وزير الكهرباء;وزير الكهرباء والماء|Electricity Minister;Minister of Electricity and Water
central-bank-governor|office|محافظ البنك المركزي|Central Bank Governor;governor of the central bank
speaker|office|رئيس مجلس الأمة|National Assembly Speaker;Speaker of the National Assembly
secretary-general|office|الأمين العام|Secretary-General;Secretary General
president|office|الرئيس|President
king|office|الملك;العاهل|King;monarch
kuwait|country|الكويت;دولة الكويت|Kuwait;State of Kuwait
kuwait-city|city|مدينة الكويت|Kuwait City
saudi-arabia|country|السعودية;المملكة العربية السعودية|Saudi Arabia;Kingdom of Saudi Arabia;Saudi
riyadh|city|الرياض|Riyadh
jeddah|city|جدة|Jeddah
uae|country|الإمارات;دولة الإمارات;الإمارات العربية المتحدة|UAE;United Arab Emirates;the Emirates;Emirates
abu-dhabi|city|أبوظبي;أبو ظبي|Abu Dhabi
dubai|city|دبي|Dubai
qatar|country|قطر;دولة قطر|Qatar;State of Qatar
doha|city|الدوحة|Doha
bahrain|country|البحرين;مملكة البحرين|Bahrain;Kingdom of Bahrain
manama|city|المنامة|Manama
oman|country|سلطنة عمان;عمان|Oman;Sultanate of Oman
muscat|city|مسقط|Muscat
iraq|country|العراق|Iraq
baghdad|city|بغداد|Baghdad
iran|country|إيران;ايران|Iran
tehran|city|طهران|Tehran
yemen|country|اليمن|Yemen
sanaa|city|صنعاء|Sanaa
aden|city|عدن|Aden
jordan|country|الأردن;الاردن|Jordan
amman|city|عمان|Amman
syria|country|سوريا;سورية|Syria
damascus|city|دمشق|Damascus
lebanon|country|لبنان|Lebanon
beirut|city|بيروت|Beirut
palestine|country|فلسطين;دولة فلسطين|Palestine;State of Palestine
gaza|city|غزة;قطاع غزة|Gaza;Gaza Strip
west-bank|city|الضفة الغربية|West Bank
jerusalem|city|القدس;القدس الشريف|Jerusalem;Al-Quds
ramallah|city|رام الله|Ramallah
israel|country|إسرائيل;اسرائيل|Israel
egypt|country|مصر;جمهورية مصر العربية|Egypt
cairo|city|القاهرة|Cairo
sudan|country|السودان|Sudan
khartoum|city|الخرطوم|Khartoum
libya|country|ليبيا|Libya
tripoli|city|طرابلس|Tripoli
tunisia|country|تونس|Tunisia;Tunis
algeria|country|الجزائر|Algeria;Algiers
morocco|country|المغرب;المملكة المغربية|Morocco
rabat|city|الرباط|Rabat
mauritania|country|موريتانيا|Mauritania
nouakchott|city|نواكشوط|Nouakchott
somalia|country|الصومال|Somalia
mogadishu|city|مقديشو|Mogadishu
djibouti|country|جيبوتي|Djibouti
comoros|country|جزر القمر|Comoros
turkey|country|تركيا|Turkey;Turkiye;Türkiye
ankara|city|أنقرة;انقرة|Ankara
istanbul|city|إسطنبول;اسطنبول|Istanbul
russia|country|روسيا;روسيا الاتحادية|Russia;Russian Federation
moscow|city|موسكو|Moscow
china|country|الصين;جمهورية الصين الشعبية|China;People's Republic of China
beijing|city|بكين|Beijing
shanghai|city|شنغهاي|Shanghai
usa|country|الولايات المتحدة;الولايات المتحدة الأمريكية;أمريكا;امريكا|United States;US;USA;America;U.S.
washington|city|واشنطن|Washington
new-york|city|نيويورك|New York
uk|country|بريطانيا;المملكة المتحدة|Britain;United Kingdom;UK
london|city|لندن|London
france|country|فرنسا|France
paris|city|باريس|Paris
germany|country|ألمانيا;المانيا|Germany
berlin|city|برلين|Berlin
italy|country|إيطاليا;ايطاليا|Italy
rome|city|روما|Rome
spain|country|إسبانيا;اسبانيا|Spain
madrid|city|مدريد|Madrid
japan|country|اليابان|Japan
tokyo|city|طوكيو|Tokyo
india|country|الهند|India
new-delhi|city|نيودلهي;نيو دلهي|New Delhi
pakistan|country|باكستان|Pakistan
islamabad|city|إسلام آباد|Islamabad
afghanistan|country|أفغانستان|Afghanistan
kabul|city|كابل|Kabul
bangladesh|country|بنغلاديش|Bangladesh
indonesia|country|إندونيسيا;اندونيسيا|Indonesia
jakarta|city|جاكرتا|Jakarta
malaysia|country|ماليزيا|Malaysia
kuala-lumpur|city|كوالالمبور|Kuala Lumpur
south-korea|country|كوريا الجنوبية|South Korea;Republic of Korea
seoul|city|سول|Seoul
north-korea|country|كوريا الشمالية|North Korea
ukraine|country|أوكرانيا;اوكرانيا|Ukraine
kyiv|city|كييف|Kyiv;Kiev
brazil|country|البرازيل|Brazil
brasilia|city|برازيليا|Brasilia
south-africa|country|جنوب أفريقيا;جنوب افريقيا|South Africa
ethiopia|country|إثيوبيا;اثيوبيا|Ethiopia
addis-ababa|city|أديس أبابا|Addis Ababa
kenya|country|كينيا|Kenya
nigeria|country|نيجيريا|Nigeria
canada|country|كندا|Canada
australia|country|أستراليا;استراليا|Australia
switzerland|country|سويسرا|Switzerland
geneva|city|جنيف|Geneva
belgium|country|بلجيكا|Belgium
brussels|city|بروكسل|Brussels
austria|country|النمسا|Austria
vienna|city|فيينا|Vienna
netherlands|country|هولندا|Netherlands
the-hague|city|لاهاي|The Hague
greece|country|اليونان|Greece
cyprus|country|قبرص|Cyprus
azerbaijan|country|أذربيجان|Azerbaijan
baku|city|باكو|Baku
kazakhstan|country|كازاخستان|Kazakhstan
uzbekistan|country|أوزبكستان|Uzbekistan
un|org|الأمم المتحدة;الامم المتحدة;الأمم المتحدة|United Nations;UN;U.N.
security-council|org|مجلس الأمن;مجلس الأمن الدولي;مجلس الأمن الأممي|Security Council;UN Security Council;UNSC
general-assembly|org|الجمعية العامة;الجمعية العامة للأمم المتحدة|General Assembly;UN General Assembly
unicef|org|يونيسف;اليونيسف;منظمة الأمم المتحدة للطفولة|UNICEF
who|org|منظمة الصحة العالمية|World Health Organization;World Health Organisation;WHO
unhcr|org|المفوضية السامية للأمم المتحدة لشؤون اللاجئين;مفوضية اللاجئين|UNHCR;UN refugee agency
unrwa|org|الأونروا;وكالة غوث وتشغيل اللاجئين الفلسطينيين|UNRWA
wfp|org|برنامج الأغذية العالمي|World Food Programme;WFP
fao|org|منظمة الأغذية والزراعة;الفاو|Food and Agriculture Organization;FAO
unesco|org|اليونسكو;يونسكو|UNESCO
undp|org|برنامج الأمم المتحدة الإنمائي|UNDP;UN Development Programme
imf|org|صندوق النقد الدولي|International Monetary Fund;IMF
world-bank|org|البنك الدولي|World Bank
wto|org|منظمة التجارة العالمية|World Trade Organization;WTO
iaea|org|الوكالة الدولية للطاقة الذرية|International Atomic Energy Agency;IAEA
icj|org|محكمة العدل الدولية|International Court of Justice;ICJ
icc|org|المحكمة الجنائية الدولية|International Criminal Court;ICC
human-rights-council|org|مجلس حقوق الإنسان|Human Rights Council
opec|org|أوبك;منظمة البلدان المصدرة للنفط|OPEC;Organization of the Petroleum Exporting Countries
opec-plus|org|أوبك+;أوبك بلس|OPEC+;OPEC Plus
brics|org|بريكس;مجموعة بريكس;مجموعة دول بريكس|BRICS;BRICS group
sco|org|منظمة شانغهاي للتعاون;منظمة شنغهاي للتعاون;منظمة شانغهاي;شانغهاي|Shanghai Cooperation Organisation;Shanghai Cooperation Organization;SCO
arab-league|org|جامعة الدول العربية;الجامعة العربية|Arab League;League of Arab States
gcc|org|مجلس التعاون الخليجي;مجلس التعاون لدول الخليج العربية;مجلس التعاون|GCC;Gulf Cooperation Council
eu|org|الاتحاد الأوروبي;الاتحاد الاوروبي|European Union;EU
nato|org|حلف شمال الأطلسي;الناتو;حلف الناتو|NATO;North Atlantic Treaty Organization
african-union|org|الاتحاد الأفريقي;الاتحاد الافريقي|African Union;AU
oic|org|منظمة التعاون الإسلامي|Organisation of Islamic Cooperation;Organization of Islamic Cooperation;OIC
asean|org|آسيان;رابطة دول جنوب شرق آسيا|ASEAN
g20|org|مجموعة العشرين|G20;Group of Twenty
g7|org|مجموعة السبع|G7;Group of Seven
red-cross|org|الصليب الأحمر;اللجنة الدولية للصليب الأحمر|Red Cross;ICRC
red-crescent|org|الهلال الأحمر;جمعية الهلال الأحمر الكويتي|Red Crescent;Kuwait Red Crescent Society
xinhua|org|شينخوا;وكالة أنباء الصين الجديدة|Xinhua;Xinhua news agency
national-assembly|org|مجلس الأمة|National Assembly
council-of-ministers|org|مجلس الوزراء|Council of Ministers;Cabinet
amiri-diwan|org|الديوان الأميري|Amiri Diwan
kia|org|الهيئة العامة للاستثمار|Kuwait Investment Authority;KIA
cbk|org|بنك الكويت المركزي|Central Bank of Kuwait;CBK
kpc|org|مؤسسة البترول الكويتية|Kuwait Petroleum Corporation;KPC
koc|company|شركة نفط الكويت|Kuwait Oil Company;KOC
knpc|company|شركة البترول الوطنية الكويتية|Kuwait National Petroleum Company;KNPC
kuna|org|كونا;وكالة الأنباء الكويتية|KUNA;Kuwait News Agency
kfaed|org|الصندوق الكويتي للتنمية الاقتصادية العربية|Kuwait Fund for Arab Economic Development;Kuwait Fund
boursa-kuwait|org|بورصة الكويت|Boursa Kuwait;Kuwait stock exchange
kuwait-university|org|جامعة الكويت|Kuwait University
ministry-of-health|org|وزارة الصحة|Ministry of Health;Health Ministry
ministry-of-foreign-affairs|org|وزارة الخارجية;الخارجية|Ministry of Foreign Affairs;Foreign Ministry
ministry-of-interior|org|وزارة الداخلية|Ministry of Interior;Interior Ministry
ministry-of-education|org|وزارة التربية|Ministry of Education;Education Ministry
ministry-of-higher-education|org|وزارة التعليم العالي|Ministry of Higher Education;Higher Education Ministry
ministry-of-finance|org|وزارة المالية|Ministry of Finance;Finance Ministry
ministry-of-oil|org|وزارة النفط|Ministry of Oil;Oil Ministry
met-department|org|إدارة الأرصاد الجوية;الأرصاد الجوية;الأرصاد|Meteorological Department;weather department;Met Department;Met Office;Kuwait Met
nbk|company|بنك الكويت الوطني|National Bank of Kuwait;NBK
kfh|company|بيت التمويل الكويتي|Kuwait Finance House;KFH
zain|company|زين;مجموعة زين|Zain;Zain Group
kuwait-airways|company|الخطوط الجوية الكويتية|Kuwait Airways
jazeera-airways|company|طيران الجزيرة|Jazeera Airways
aramco|company|أرامكو;أرامكو السعودية|Aramco;Saudi Aramco
sabic|company|سابك|SABIC
adnoc|company|أدنوك;شركة بترول أبوظبي الوطنية|ADNOC;Abu Dhabi National Oil Company
qatarenergy|company|قطر للطاقة|QatarEnergy;Qatar Energy
emirates-airline|company|طيران الإمارات|Emirates airline;Emirates Airlines
qatar-airways|company|الخطوط الجوية القطرية|Qatar Airways
etihad|company|الاتحاد للطيران|Etihad;Etihad Airways
saudia|company|الخطوط السعودية|Saudia;Saudi Airlines
pif|org|صندوق الاستثمارات العامة|Public Investment Fund;PIF
qia|org|جهاز قطر للاستثمار|Qatar Investment Authority;QIA
mubadala|company|شركة مبادلة;مبادلة للاستثمار|Mubadala;Mubadala Investment Company
oil|topic|النفط;البترول;نفط|oil;crude;petroleum
brent|topic|برنت;خام برنت|Brent;Brent crude
kuwait-crude|topic|النفط الكويتي;برميل النفط الكويتي|Kuwaiti crude;Kuwait oil price
gas|topic|الغاز;الغاز الطبيعي|gas;natural gas
influenza|topic|الإنفلونزا;الانفلونزا;الأنفلونزا;الإنفلونزا الموسمية|influenza;flu;seasonal flu
vaccination|topic|التطعيم;اللقاح;التحصين;لقاح|vaccination;vaccine;immunisation;immunization;jab
covid|topic|كورونا;كوفيد-19;فيروس كورونا|COVID;COVID-19;coronavirus
inflation|topic|التضخم|inflation
ceasefire|topic|وقف إطلاق النار;وقف لإطلاق النار;هدنة;الهدنة|ceasefire;cease-fire;truce
earthquake|topic|زلزال;الزلزال|earthquake;quake
elections|topic|الانتخابات;انتخابات|elections;election;vote;polls
weather|topic|الطقس;الأحوال الجوية|weather
rain|topic|الأمطار;أمطار;مطر|rain;rainfall
temperature|topic|درجات الحرارة;درجة الحرارة|temperature;temperatures
football|topic|كرة القدم|football;soccer
gulf-cup|topic|كأس الخليج;بطولة كأس الخليج|Gulf Cup
world-cup|topic|كأس العالم|World Cup
olympics|topic|الألعاب الأولمبية;الأولمبياد|Olympics;Olympic Games
climate|topic|المناخ;تغير المناخ;التغير المناخي|climate;climate change
cop|topic|مؤتمر الأطراف;كوب|COP;UN climate conference
refugees|topic|اللاجئين;اللاجئون|refugees
humanitarian-aid|topic|المساعدات الإنسانية;مساعدات إنسانية;الإغاثة|humanitarian aid;aid;relief
investment|topic|الاستثمار;الاستثمارات|investment;investments
trade|topic|التجارة;التبادل التجاري|trade;commerce
stock-market|topic|البورصة;سوق الأوراق المالية|stock market;bourse;boursa;stock exchange
budget|topic|الميزانية;الموازنة|budget
tourism|topic|السياحة|tourism
education|topic|التعليم;التربية|education
health|topic|الصحة|health
energy|topic|الطاقة|energy
renewable-energy|topic|الطاقة المتجددة|renewable energy;renewables
food-security|topic|الأمن الغذائي|food security
terrorism|topic|الإرهاب;الارهاب|terrorism
nuclear|topic|النووي;البرنامج النووي|nuclear;nuclear programme;nuclear program
sanctions|topic|العقوبات;عقوبات|sanctions
summit|topic|القمة;قمة|summit
visa|topic|التأشيرة;التأشيرات;الإعفاء من التأشيرة|visa;visas;visa waiver
book-fair|topic|معرض الكتاب;معرض الكويت الدولي للكتاب|book fair;Kuwait International Book Fair
peskov|person|بيسكوف;ديمتري بيسكوف|Peskov;Dmitry Peskov
zakharova|person|زاخاروفا;ماريا زاخاروفا|Zakharova;Maria Zakharova
vance|person|فانس;جيه دي فانس;جي دي فانس|Vance;JD Vance;J.D. Vance
witkoff|person|ويتكوف;ستيف ويتكوف|Witkoff;Steve Witkoff
von-der-leyen|person|فون دير لاين;أورسولا فون دير لاين|von der Leyen;Ursula von der Leyen
kallas|person|كايا كالاس|Kaja Kallas;Kallas
antonio-costa|person|أنطونيو كوستا|Antonio Costa;António Costa
rutte|person|روته;مارك روته|Rutte;Mark Rutte
grossi|person|غروسي;رافائيل غروسي|Grossi;Rafael Grossi
banga|person|أجاي بانغا;بانغا|Ajay Banga;Banga
al-ghais|person|هيثم الغيص;الغيص|Haitham Al Ghais;Haitham al-Ghais;Al Ghais
hissein-taha|person|حسين إبراهيم طه|Hissein Brahim Taha
fidan|person|هاكان فيدان;فيدان|Hakan Fidan;Fidan
safadi|person|أيمن الصفدي;الصفدي|Ayman Safadi;Safadi
abdelatty|person|بدر عبد العاطي;عبد العاطي|Badr Abdelatty;Abdelatty
shaibani|person|أسعد الشيباني;الشيباني|Asaad al-Shaibani;al-Shaibani;Shaibani
fuad-hussein|person|فؤاد حسين|Fuad Hussein
albusaidi|person|بدر البوسعيدي;البوسعيدي|Badr Albusaidi;Albusaidi
zayani|person|عبداللطيف الزياني;عبد اللطيف الزياني;الزياني|Abdullatif Al-Zayani;Al-Zayani
abdullah-bin-zayed|person|الشيخ عبدالله بن زايد;عبدالله بن زايد|Sheikh Abdullah bin Zayed;Abdullah bin Zayed
mohammed-bin-abdulrahman|person|الشيخ محمد بن عبدالرحمن آل ثاني;محمد بن عبدالرحمن آل ثاني;الشيخ محمد بن عبدالرحمن|Sheikh Mohammed bin Abdulrahman Al Thani;Mohammed bin Abdulrahman Al Thani;Sheikh Mohammed bin Abdulrahman
salman-bin-hamad|person|الأمير سلمان بن حمد;سلمان بن حمد|Prince Salman bin Hamad;Salman bin Hamad
madbouly|person|مصطفى مدبولي;مدبولي|Mostafa Madbouly;Madbouly
kim-jong-un|person|كيم جونغ أون|Kim Jong Un;Kim Jong-un
lukashenko|person|لوكاشينكو;ألكسندر لوكاشينكو|Lukashenko;Alexander Lukashenko
orban|person|أوربان;فيكتور أوربان|Orban;Viktor Orban
sanchez|person|بيدرو سانشيز;سانشيز|Pedro Sanchez;Sanchez
carney|person|مارك كارني;كارني|Mark Carney;Carney
albanese|person|أنتوني ألبانيزي|Anthony Albanese
takaichi|person|ساناي تاكايتشي;تاكايتشي|Sanae Takaichi;Takaichi
ishiba|person|شيغيرو إيشيبا;إيشيبا|Shigeru Ishiba;Ishiba
lee-jae-myung|person|لي جيه ميونغ;لي جاي ميونغ|Lee Jae-myung;Lee Jae Myung
shehbaz-sharif|person|شهباز شريف|Shehbaz Sharif;Shahbaz Sharif
lula|person|لولا دا سيلفا;لويس إيناسيو لولا دا سيلفا|Lula da Silva;Luiz Inacio Lula da Silva;Lula
ramaphosa|person|رامافوزا;سيريل رامافوزا|Ramaphosa;Cyril Ramaphosa
dbeibah|person|عبد الحميد الدبيبة;الدبيبة|Abdulhamid Dbeibah;Dbeibah
haftar|person|خليفة حفتر;حفتر|Khalifa Haftar;Haftar
hemedti|person|حميدتي;محمد حمدان دقلو|Hemedti;Mohamed Hamdan Dagalo
alimi|person|رشاد العليمي;العليمي|Rashad al-Alimi;al-Alimi
hassan-sheikh-mohamud|person|حسن شيخ محمود|Hassan Sheikh Mohamud
ghazouani|person|محمد ولد الشيخ الغزواني;الغزواني|Mohamed Ould Ghazouani;Ghazouani
naim-qassem|person|نعيم قاسم|Naim Qassem
pope-leo|person|البابا ليو الرابع عشر;البابا لاون الرابع عشر|Pope Leo XIV;Pope Leo
fahad-yousef|person|الشيخ فهد يوسف سعود الصباح;الشيخ فهد اليوسف|Sheikh Fahad Yousef Saud Al-Sabah;Sheikh Fahad Al-Yousef
noura-fassam|person|نورة الفصام|Noura Al-Fassam
ahmad-awadhi|person|أحمد العوضي|Ahmad Al-Awadhi
abdulrahman-mutairi|person|عبدالرحمن المطيري|Abdulrahman Al-Mutairi
basel-haroon|person|باسل الهارون|Basel Al-Haroon
deputy-prime-minister|office|نائب رئيس مجلس الوزراء;نائب رئيس الوزراء|Deputy Prime Minister
justice-minister|office|وزير العدل|Justice Minister;Minister of Justice
secretary-of-state|office|وزير الخارجية الأمريكي|Secretary of State;US Secretary of State
german-chancellor|office|المستشار الألماني|German Chancellor
ambassador|office|السفير|ambassador
moroni|city|موروني|Moroni
portugal|country|البرتغال|Portugal
lisbon|city|لشبونة|Lisbon
poland|country|بولندا|Poland
warsaw|city|وارسو|Warsaw
sweden|country|السويد|Sweden
stockholm|city|ستوكهولم|Stockholm
norway|country|النرويج|Norway
oslo|city|أوسلو|Oslo
denmark|country|الدنمارك|Denmark
copenhagen|city|كوبنهاغن|Copenhagen
finland|country|فنلندا|Finland
helsinki|city|هلسنكي|Helsinki
ireland|country|أيرلندا;ايرلندا|Ireland
dublin|city|دبلن|Dublin
hungary|country|المجر|Hungary
budapest|city|بودابست|Budapest
czech-republic|country|التشيك;جمهورية التشيك|Czech Republic;Czechia
prague|city|براغ|Prague
romania|country|رومانيا|Romania
bucharest|city|بوخارست|Bucharest
bulgaria|country|بلغاريا|Bulgaria
serbia|country|صربيا|Serbia
belgrade|city|بلغراد|Belgrade
belarus|country|بيلاروسيا;روسيا البيضاء|Belarus
minsk|city|مينسك|Minsk
georgia|country|جورجيا|Georgia
tbilisi|city|تبليسي|Tbilisi
armenia|country|أرمينيا|Armenia
yerevan|city|يريفان|Yerevan
astana|city|أستانا|Astana
tashkent|city|طشقند|Tashkent
turkmenistan|country|تركمانستان|Turkmenistan
ashgabat|city|عشق آباد|Ashgabat
kyrgyzstan|country|قرغيزستان|Kyrgyzstan
tajikistan|country|طاجيكستان|Tajikistan
dushanbe|city|دوشنبه|Dushanbe
sri-lanka|country|سريلانكا|Sri Lanka
colombo|city|كولومبو|Colombo
nepal|country|نيبال|Nepal
maldives|country|جزر المالديف;المالديف|Maldives
dhaka|city|دكا|Dhaka
thailand|country|تايلاند|Thailand
bangkok|city|بانكوك|Bangkok
vietnam|country|فيتنام|Vietnam;Viet Nam
hanoi|city|هانوي|Hanoi
philippines|country|الفلبين|Philippines
manila|city|مانيلا|Manila
singapore|country|سنغافورة|Singapore
myanmar|country|ميانمار|Myanmar
pyongyang|city|بيونغ يانغ|Pyongyang
new-zealand|country|نيوزيلندا|New Zealand
ottawa|city|أوتاوا|Ottawa
canberra|city|كانبرا|Canberra
amsterdam|city|أمستردام|Amsterdam
bern|city|برن|Bern
davos|city|دافوس|Davos
athens|city|أثينا|Athens
nicosia|city|نيقوسيا|Nicosia
mexico|country|المكسيك|Mexico
argentina|country|الأرجنتين|Argentina
buenos-aires|city|بوينس آيرس|Buenos Aires
chile|country|تشيلي|Chile
colombia|country|كولومبيا|Colombia
venezuela|country|فنزويلا|Venezuela
caracas|city|كاراكاس|Caracas
cuba|country|كوبا|Cuba
havana|city|هافانا|Havana
peru|country|بيرو|Peru
senegal|country|السنغال|Senegal
dakar|city|داكار|Dakar
mali|country|جمهورية مالي|Mali
niger|country|النيجر|Niger
chad|country|تشاد|Chad
ghana|country|غانا|Ghana
tanzania|country|تنزانيا|Tanzania
uganda|country|أوغندا|Uganda
rwanda|country|رواندا|Rwanda
eritrea|country|إريتريا|Eritrea
south-sudan|country|جنوب السودان|South Sudan
juba|city|جوبا|Juba
drc|country|جمهورية الكونغو الديمقراطية;الكونغو الديمقراطية|Democratic Republic of the Congo;DR Congo;DRC
nairobi|city|نيروبي|Nairobi
abuja|city|أبوجا|Abuja
pretoria|city|بريتوريا|Pretoria
johannesburg|city|جوهانسبرغ|Johannesburg
mecca|city|مكة المكرمة;مكة|Mecca;Makkah
medina|city|المدينة المنورة|Medina;Madinah
dammam|city|الدمام|Dammam
sharjah|city|الشارقة|Sharjah
salalah|city|صلالة|Salalah
basra|city|البصرة|Basra
erbil|city|أربيل|Erbil
mosul|city|الموصل|Mosul
aleppo|city|حلب|Aleppo
homs|city|حمص|Homs
benghazi|city|بنغازي|Benghazi
alexandria|city|الإسكندرية|Alexandria
sharm-el-sheikh|city|شرم الشيخ|Sharm El-Sheikh;Sharm el-Sheikh
casablanca|city|الدار البيضاء|Casablanca
marrakesh|city|مراكش|Marrakesh;Marrakech
rafah|city|رفح|Rafah
khan-younis|city|خان يونس|Khan Younis
port-sudan|city|بورتسودان;بور سودان|Port Sudan
darfur|city|دارفور|Darfur
el-fasher|city|الفاشر|El Fasher;al-Fashir
jahra|city|الجهراء;محافظة الجهراء;الجهرا;محافظة الجهرا|Jahra;Al-Jahra
capital-governorate|city|محافظة العاصمة|Capital Governorate
farwaniya|city|الفروانية;محافظة الفروانية|Farwaniya;Al-Farwaniya
hawalli|city|محافظة حولي|Hawalli
ahmadi|city|محافظة الأحمدي|Ahmadi;Al-Ahmadi
mubarak-al-kabeer|city|مبارك الكبير;محافظة مبارك الكبير|Mubarak Al-Kabeer
shuwaikh|city|الشويخ|Shuwaikh
wafra|city|الوفرة;منطقة الوفرة|Wafra;Al-Wafra
fahaheel|city|الفحيحيل|Fahaheel;Al-Fahaheel
messila|city|المسيلة|Messila;Al-Messila;Masila
abdali|city|العبدلي;منفذ العبدلي|Abdali;Al-Abdali
nuwaiseeb|city|النويصيب;منفذ النويصيب|Nuwaiseeb;Al-Nuwaiseeb;Nuwaiseb
failaka|city|جزيرة فيلكا;فيلكا|Failaka;Failaka Island
shuwaikh-port|org|ميناء الشويخ|Shuwaikh Port
mubarak-port|org|ميناء مبارك الكبير|Mubarak Al-Kabeer Port
kuwait-airport|org|مطار الكويت الدولي|Kuwait International Airport
hamas|org|حماس;حركة حماس|Hamas
hezbollah|org|حزب الله|Hezbollah;Hizbollah
houthis|org|الحوثيين;الحوثيون;جماعة الحوثي;أنصار الله|Houthis;Houthi;Ansarullah
rsf|org|قوات الدعم السريع;الدعم السريع|Rapid Support Forces;RSF
kremlin|org|الكرملين|Kremlin
white-house|org|البيت الأبيض|White House
pentagon|org|البنتاغون;وزارة الدفاع الأمريكية|Pentagon
state-department|org|وزارة الخارجية الأمريكية|State Department;US State Department
us-congress|org|الكونغرس;الكونغرس الأمريكي|US Congress;Congress
european-commission|org|المفوضية الأوروبية|European Commission
european-parliament|org|البرلمان الأوروبي|European Parliament
ocha|org|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية;مكتب تنسيق الشؤون الإنسانية|OCHA;UN Office for the Coordination of Humanitarian Affairs
ilo|org|منظمة العمل الدولية|International Labour Organization;ILO
iom|org|المنظمة الدولية للهجرة|International Organization for Migration;IOM
ohchr|org|المفوضية السامية لحقوق الإنسان|UN human rights office;OHCHR
wmo|org|المنظمة العالمية للأرصاد الجوية|World Meteorological Organization;WMO
iea|org|وكالة الطاقة الدولية|International Energy Agency;IEA
oapec|org|أوابك;منظمة الأقطار العربية المصدرة للبترول|OAPEC;Organization of Arab Petroleum Exporting Countries
arab-monetary-fund|org|صندوق النقد العربي|Arab Monetary Fund
isdb|org|البنك الإسلامي للتنمية|Islamic Development Bank;IsDB
arab-parliament|org|البرلمان العربي|Arab Parliament
interpol|org|الإنتربول;الانتربول|Interpol
fifa|org|فيفا;الاتحاد الدولي لكرة القدم|FIFA
ioc|org|اللجنة الأولمبية الدولية|International Olympic Committee;IOC
afc|org|الاتحاد الآسيوي لكرة القدم|Asian Football Confederation;AFC
wam|org|وام;وكالة أنباء الإمارات|WAM;Emirates News Agency
spa|org|واس;وكالة الأنباء السعودية|SPA;Saudi Press Agency
qna|org|وكالة الأنباء القطرية|QNA;Qatar News Agency
kuwait-fire-force|org|قوة الإطفاء العام|Kuwait Fire Force;General Fire Force
kuwait-municipality|org|بلدية الكويت|Kuwait Municipality
paci|org|الهيئة العامة للمعلومات المدنية|Public Authority for Civil Information;PACI
pam|org|الهيئة العامة للقوى العاملة|Public Authority for Manpower;PAM
epa|org|الهيئة العامة للبيئة|Environment Public Authority;EPA
kdipa|org|هيئة تشجيع الاستثمار المباشر|Kuwait Direct Investment Promotion Authority;KDIPA
kisr|org|معهد الكويت للأبحاث العلمية|Kuwait Institute for Scientific Research;KISR
kcci|org|غرفة تجارة وصناعة الكويت|Kuwait Chamber of Commerce and Industry;KCCI
kuwait-army|org|الجيش الكويتي|Kuwait Army;Kuwaiti Army
ministry-of-electricity|org|وزارة الكهرباء والماء والطاقة المتجددة;وزارة الكهرباء والماء;وزارة الكهرباء|Ministry of Electricity and Water;Ministry of Electricity, Water and Renewable Energy;Electricity Ministry
ministry-of-commerce|org|وزارة التجارة والصناعة;وزارة التجارة|Ministry of Commerce and Industry;Commerce Ministry
ministry-of-information|org|وزارة الإعلام|Ministry of Information;Information Ministry
ministry-of-defence|org|وزارة الدفاع|Ministry of Defence;Defence Ministry;Defense Ministry
al-zour-refinery|org|مصفاة الزور|Al-Zour refinery
qadsia-club|club|نادي القادسية;القادسية|Qadsia;Al-Qadsia;Qadsia Club;Qadsia SC
kuwait-club|club|نادي الكويت|Kuwait Club;Kuwait SC;Al-Kuwait Club
arabi-club|club|نادي العربي;النادي العربي|Al-Arabi;Arabi;Al-Arabi Club;Arabi Club
salmiya-club|club|نادي السالمية|Salmiya Club;Al-Salmiya Club;Salmiya SC
kazma-club|club|نادي كاظمة;كاظمة|Kazma;Kazma Club;Kazma SC
fahaheel-club|club|نادي الفحيحيل|Fahaheel Club;Al-Fahaheel Club
tadamon-club|club|نادي التضامن|Tadamon;Al-Tadamon;Tadamon Club
nasr-club|club|نادي النصر|Al-Nasr Club;Nasr Club
sahel-club|club|نادي الساحل|Al-Sahel Club;Sahel Club
jahra-club|club|نادي الجهراء|Jahra Club;Al-Jahra Club
shabab-club|club|نادي الشباب|Al-Shabab Club;Shabab Club
khaitan-club|club|نادي خيطان|Khaitan Club
yarmouk-club|club|نادي اليرموك|Al-Yarmouk Club;Yarmouk Club
sulaibikhat-club|club|نادي الصليبخات|Sulaibikhat Club;Al-Sulaibikhat Club
burgan-club|club|نادي برقان|Burgan Club;Burgan SC
pic|company|شركة صناعة الكيماويات البترولية|Petrochemical Industries Company;PIC
kipic|company|الشركة الكويتية للصناعات البترولية المتكاملة|Kuwait Integrated Petroleum Industries Company;KIPIC
gulf-bank|company|بنك الخليج|Gulf Bank
boubyan-bank|company|بنك بوبيان|Boubyan Bank
burgan-bank|company|بنك برقان|Burgan Bank
ooredoo|company|أوريدو|Ooredoo
stc|company|الاتصالات السعودية|stc;Saudi Telecom Company
agility|company|أجيليتي|Agility
dp-world|company|موانئ دبي العالمية|DP World
emaar|company|إعمار العقارية|Emaar;Emaar Properties
air-arabia|company|العربية للطيران|Air Arabia
gulf-air|company|طيران الخليج|Gulf Air
oman-air|company|الطيران العماني|Oman Air
egyptair|company|مصر للطيران|EgyptAir
royal-jordanian|company|الملكية الأردنية|Royal Jordanian
turkish-airlines|company|الخطوط الجوية التركية|Turkish Airlines
boeing|company|بوينغ;بوينج|Boeing
airbus|company|إيرباص;ايرباص|Airbus
power-cut|topic|انقطاع التيار الكهربائي;قطع التيار الكهربائي;انقطاع الكهرباء;قطع الكهرباء|power cut;power outage;blackout
school-holiday|topic|العطلة المدرسية;عطلة منتصف العام الدراسي;عطلة منتصف العام|school holiday;mid-year holiday;mid-year break
hala-february|topic|هلا فبراير;مهرجان هلا فبراير|Hala February;Hala February festival
national-day|topic|العيد الوطني|National Day
liberation-day|topic|عيد التحرير|Liberation Day
ramadan|topic|رمضان;شهر رمضان|Ramadan
eid-al-fitr|topic|عيد الفطر|Eid al-Fitr
eid-al-adha|topic|عيد الأضحى|Eid al-Adha
hajj|topic|الحج;موسم الحج|Hajj;pilgrimage
interest-rate|topic|سعر الفائدة;أسعار الفائدة|interest rate;interest rates
gdp|topic|الناتج المحلي الإجمالي|GDP;gross domestic product
unemployment|topic|البطالة|unemployment
gold-price|topic|أسعار الذهب;سعر الذهب|gold price;gold prices
cybersecurity|topic|الأمن السيبراني|cybersecurity;cyber security
artificial-intelligence|topic|الذكاء الاصطناعي|artificial intelligence;AI
floods|topic|الفيضانات;فيضانات;السيول|floods;flooding;flash floods
cholera|topic|الكوليرا|cholera
measles|topic|الحصبة|measles
polio|topic|شلل الأطفال|polio
famine|topic|المجاعة|famine
hostages|topic|الرهائن|hostages;hostage
prisoners|topic|المعتقلين;تبادل الأسرى;الأسرى والمعتقلين|prisoners;detainees
displaced|topic|النازحين;النازحون|displaced people;displaced
reconstruction|topic|إعادة الإعمار|reconstruction
peace-talks|topic|مفاوضات السلام;محادثات السلام|peace talks;peace negotiations
two-state-solution|topic|حل الدولتين|two-state solution
hormuz|topic|مضيق هرمز|Strait of Hormuz;Hormuz
red-sea|topic|البحر الأحمر|Red Sea
`;
