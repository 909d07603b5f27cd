welcome =
    أهلا بك في <b>wirebrief</b>. أقرأ برقيات وكالات الأنباء (كونا وغيرها) وأجيب منها، مع ذكر مصدر كل معلومة.
    اسألني بالعربية أو الإنجليزية، مثلا: <i>ماذا قال بوتين عن بريكس</i>.
    اختر لغتك أدناه. هل تريد موجزا صباحيا في الساعة { $time } ({ $zone })؟ أرسل /subscribe.
offer-digest = ☀️ موجز صباحي في الساعة { $time }
help =
    <b>ما يمكنني فعله</b>
    • اكتب سؤالك مباشرة، أو /ask <i>السؤال</i>
    • /latest: أحدث البرقيات
    • /search <i>كلمات</i>: البحث في البرقيات
    • /source <i>المعرف</i>: نص البرقية كما ورد
    • /digest: موجز الآن
    • /subscribe [HH:MM] و /unsubscribe: الموجز الصباحي
    • /follow <i>موضوع</i> و /unfollow و /topics: تنبيه عند ورود موضوع في الأخبار
    • /settings و /lang: اللغة والمنطقة الزمنية ووقت الموجز وساعات الهدوء
choose-language = اختر لغتك:
language-set = تم اختيار العربية.
ask-empty = اكتب سؤالك بعد /ask، مثلا: /ask ماذا قال بوتين عن بريكس
ask-greeting = أهلا بك! اسألني عن أخبار البرقيات، مثلا: <i>ما آخر الأخبار؟</i> أرسل /help لمعرفة ما أستطيع فعله.
ask-thanks = العفو.
not-found = لا تذكر البرقيات المخزنة شيئا عن هذا.
sources = المصادر
rate-limited = أسئلتك متتابعة بسرعة. حاول مجددا بعد { $seconds } ثانية.
latest-empty = لا توجد برقيات مخزنة بعد.
latest-title = <b>أحدث البرقيات</b> (صفحة { $page })
older = ‹ أقدم
newer = أحدث ›
search-empty = اكتب كلمات بعد /search، مثلا: /search إنتاج أوبك
search-none = لم أجد شيئا عن «{ $query }».
search-title = <b>بحث</b>: { $query }
source-empty = اكتب معرف البرقية بعد /source.
source-none = لا توجد برقية بالمعرف { $id }.
subscribed = تم تفعيل موجزك الصباحي في الساعة { $time } ({ $zone }).
subscribe-bad-time = أرسل الوقت بصيغة HH:MM، مثلا /subscribe 06:30.
unsubscribed = تم إيقاف موجزك الصباحي.
follow-empty = اكتب موضوعا بعد /follow، مثلا: /follow بريكس
followed = أنت تتابع الآن «{ $topic }»: سأنبهك عند وروده في الأخبار بالعربية أو الإنجليزية.
already-followed = أنت تتابع «{ $topic }» من قبل.
unfollowed = توقفت متابعة «{ $topic }».
not-following = أنت لا تتابع «{ $topic }».
unfollow-choose = أي موضوع تريد التوقف عن متابعته؟
topics-none = لا تتابع أي موضوع. جرب /follow بريكس.
topics-list = تتابع: { $topics }
settings =
    <b>الإعدادات</b>
    اللغة: { $lang }
    المنطقة الزمنية: { $zone }
    الموجز الصباحي: { $digest }
    ساعات الهدوء: { $quiet }
    <i>لمنطقة زمنية أخرى أرسل /settings ثم اسمها (مثلا /settings Europe/Paris). ولوقت موجز آخر: /subscribe HH:MM.</i>
settings-on = مفعل في الساعة { $time }
settings-off = متوقف
settings-none = لا يوجد
settings-language = اللغة
settings-zone = المنطقة الزمنية
settings-time = وقت الموجز
settings-quiet = ساعات الهدوء
settings-quiet-off = بلا ساعات هدوء
zone-bad = «{ $zone }» ليست منطقة زمنية معروفة. أرسل مثلا /settings Asia/Kuwait أو /settings Europe/Paris.
zone-set = تم ضبط المنطقة الزمنية على { $zone }.
time-set = تم ضبط وقت الموجز على { $time }.
quiet-set = ساعات الهدوء: { $quiet }.
admins-only = عذرا، هذا متاح لمشرفي التحرير فقط.
ingest-how = رد بالأمر /ingest على رسالة فيها نص برقية أو على ملف .txt.
ingest-not-text = أستطيع إضافة النصوص العادية فقط: رسالة أو ملف ‎.txt.
ingest-too-large = الملف كبير جدا؛ أرسل ملفات لا تتجاوز { $limit } ميغابايت.
forward-admins-only = إضافة البرقيات بإعادة توجيهها متاحة لمشرفي التحرير فقط. اسألني سؤالا بدلا من ذلك، مثلا: ماذا قال بوتين عن بريكس
ingest-done = أضيف { $added }، مخزن من قبل { $duplicates }، مرفوض { $rejected }.
stats = البرقيات: { $dispatches } · المشتركون: { $subscribers } (الموجز: { $digest }، حظروا البوت: { $blocked }) · في الحجر: { $quarantine }
error = عذرا، حدث خطأ أثناء الإجابة. تم إبلاغ فريق التحرير؛ حاول مجددا.
broadcast-how = اكتب الرسالة بعد /broadcast؛ ستصل إلى جميع المشتركين عبر صندوق الإرسال.
broadcast-queued = أضيفت إلى قائمة الإرسال لـ { $count } مشتركا.
