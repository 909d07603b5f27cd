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
    • /digest: موجز الآن؛ /story <i>المعرف</i>: مسار قصة
    • /subscribe [HH:MM] و /unsubscribe: الموجز الصباحي
    • /follow <i>موضوع</i> و /unfollow و /topics: تنبيه عند ورود موضوع في الأخبار
    • /settings و /lang: اللغة والمنطقة الزمنية ووقت الموجز (صباحا أو مساء أو كلاهما) وساعات الهدوء
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
topics-list-title = تتابع هذه المواضيع (اضغط موضوعا لإيقافه):
topic-no-letter = يجب أن يحتوي الموضوع على حرف واحد على الأقل، مثلا: /follow بريكس
topic-too-long = الحد الأقصى للموضوع { $max } حرفا، وموضوعك { $length } حرفا. أرسل اسما أو عبارة قصيرة، مثلا: /follow أسعار النفط
topic-too-vague = «{ $topic }» لا يسمي شيئا يمكنني البحث عنه. جرب اسما أو موضوعا، مثلا: /follow بريكس
settings =
    <b>الإعدادات</b>
    اللغة: { $lang }
    المنطقة الزمنية: { $zone }
    الموجز: { $digest }
    ساعات الهدوء: { $quiet }
    <i>لمنطقة زمنية أخرى أرسل /settings ثم اسمها (مثلا /settings Europe/Paris). ولوقت موجز آخر: /subscribe HH:MM. والموجز المسائي في الساعة 18:00.</i>
settings-on = مفعل في الساعة { $time } ({ $frequency })
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
digest-header =
    <b>موجزك</b> · { $day }
    <i>البرقيات من { $from } إلى { $to }</i>
digest-empty = لا جديد في البرقيات خلال هذه الفترة.
digest-older = أحدث القصص قبل هذه الفترة (أقدم):
digest-more = …و{ $count } قصص أخرى (/latest).
digest-story-meta = { $updates ->
        [one] برقية واحدة
        [two] برقيتان
       *[other] { $updates } برقيات
    }، آخرها { $time }
digest-original = الأصل
story-button = القصة { $n }
language-ar = بالعربية
language-en = بالإنجليزية
in-language = ({ $language })
alert-first = جديد عن { $topic }
alert-update = تحديث عن { $topic }
alert-correction = تصحيح عن { $topic }
change-rises = { $label }: ارتفع من { $from } إلى { $to }
change-falls = { $label }: انخفض من { $from } إلى { $to }
change-speaker = { $name } يتحدث لأول مرة في هذه القصة
story-empty = اكتب معرف القصة بعد /story، أو اضغط زر القصة تحت الموجز أو التنبيه.
story-none = لا قصة بالمعرف { $id }.
timeline-title = { $count ->
        [one] القصة حتى الآن: برقية واحدة، الأحدث أولا
        [two] القصة حتى الآن: برقيتان، الأحدث أولا
       *[other] القصة حتى الآن: { $count } برقيات، الأحدث أولا
    }
timeline-first = الخبر الأول
timeline-nothing-new = يكرر ما كان معروفا (بصياغة أو لغة أخرى)
timeline-more = …و{ $count } برقيات أقدم.
unknown-command = لا أعرف الأمر { $command }. هذه الأوامر التي أعرفها:
menu-expired = انتهت صلاحية هذه القائمة؛ إليك ما يمكنك فعله الآن.
command-start = الترحيب واختيار اللغة
command-help = ما يمكنني فعله
command-ask = اسأل عن الأخبار
command-latest = أحدث البرقيات
command-search = البحث في البرقيات
command-digest = موجز الآن
command-story = مسار قصة
command-subscribe = تفعيل الموجز اليومي
command-unsubscribe = إيقاف الموجز اليومي
command-follow = تنبيهات موضوع
command-unfollow = إيقاف تنبيهات موضوع
command-topics = المواضيع التي تتابعها
command-settings = الإعدادات
command-lang = اللغة
language-name-ar = العربية
language-name-en = English
frequency-morning = صباحا
frequency-evening = مساء
frequency-both = صباحا ومساء
frequency-set = الموجز: { $frequency }.
digest-ask-on = موجزك متوقف. هل تريد تفعيله في الساعة { $time }؟
digest-turn-on = فعّله
digest-keep-off = أبقه متوقفا
feed-failing = مصدر لا يعمل
answer-quoted = مقتطفات من البرقيات كما وردت (بلا تلخيص):
answer-closest = أقرب المواضيع المخزنة:
answer-partial = تذكر البرقيات ما يلي، لكنها لا تذكر { $missing }:
missing-number = الرقم المطلوب
missing-duration = المدة
missing-date = الموعد
missing-person = من
missing-place = المكان
missing-reason = السبب
missing-result = النتيجة
