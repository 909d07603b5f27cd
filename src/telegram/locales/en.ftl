welcome =
    Welcome to <b>wirebrief</b>. I read the news agencies' wire (KUNA and others) and answer from it, citing every dispatch.
    Ask me anything in English or Arabic, for example: <i>what did Putin say about BRICS</i>.
    Choose your language below. Would you like a morning briefing at { $time } ({ $zone })? Send /subscribe.
offer-digest = ☀️ Morning briefing at { $time }
help =
    <b>What I can do</b>
    • Ask a question as plain text, or /ask <i>question</i>
    • /latest: the newest dispatches
    • /search <i>words</i>: find dispatches
    • /source <i>id</i>: a dispatch as the wire sent it
    • /digest: a briefing now; /story <i>id</i>: a story's timeline
    • /subscribe [HH:MM], /unsubscribe: the morning briefing
    • /follow <i>topic</i>, /unfollow, /topics: alerts when a topic is in the news
    • /settings, /lang: language, time zone, briefing time (morning, evening or both), quiet hours
choose-language = Choose your language:
language-set = Language set to English.
ask-empty = Ask a question after /ask, for example: /ask what did Putin say about BRICS
ask-greeting = Hello! Ask me about the news on the wire, for example: <i>what is the latest news?</i> Send /help for what I can do.
ask-thanks = You're welcome.
not-found = The stored dispatches say nothing about this.
sources = Sources
rate-limited = You are asking quickly. Try again in { $seconds } s.
latest-empty = No dispatches stored yet.
latest-title = <b>Latest dispatches</b> (page { $page })
older = Older ›
newer = ‹ Newer
search-empty = Add words after /search, for example: /search OPEC output
search-none = Nothing found for “{ $query }”.
search-title = <b>Search</b>: { $query }
source-empty = Add a dispatch id after /source.
source-none = No dispatch with id { $id }.
subscribed = Your morning briefing is on, at { $time } ({ $zone }).
subscribe-bad-time = Send the time as HH:MM, for example /subscribe 06:30.
unsubscribed = Your morning briefing is off.
follow-empty = Add a topic after /follow, for example: /follow BRICS
followed = You now follow “{ $topic }”: I will tell you when it is in the news, in English or Arabic.
already-followed = You already follow “{ $topic }”.
unfollowed = You no longer follow “{ $topic }”.
not-following = You do not follow “{ $topic }”.
unfollow-choose = Which topic should I stop following?
topics-none = You follow no topics. Try /follow BRICS.
topics-list-title = You follow these topics (tap one to stop):
topic-no-letter = A topic must hold at least one letter, for example: /follow BRICS
topic-too-long = A topic is at most { $max } characters; yours has { $length }. Send a name or a short phrase, for example: /follow oil prices
topic-too-vague = “{ $topic }” names nothing I can look for. Try a name or a subject, for example: /follow BRICS
settings =
    <b>Settings</b>
    Language: { $lang }
    Time zone: { $zone }
    Briefing: { $digest }
    Quiet hours: { $quiet }
    <i>Another time zone: send /settings Region/City (e.g. /settings Europe/Paris). Another briefing time: /subscribe HH:MM. The evening briefing comes at 18:00.</i>
settings-on = on at { $time } ({ $frequency })
settings-off = off
settings-none = none
settings-language = Language
settings-zone = Time zone
settings-time = Briefing time
settings-quiet = Quiet hours
settings-quiet-off = No quiet hours
zone-bad = “{ $zone }” is not a time zone I know. Send one like /settings Europe/Paris or /settings Asia/Kuwait.
zone-set = Time zone set to { $zone }.
time-set = Briefing time set to { $time }.
quiet-set = Quiet hours: { $quiet }.
admins-only = Sorry, only the desk's administrators can do that.
ingest-how = Reply with /ingest to a message holding wire text or to a .txt document.
ingest-not-text = I can ingest only plain text: a message, or a .txt document.
ingest-too-large = That document is too large; send files of at most { $limit } MB.
forward-admins-only = Only the desk's administrators can add dispatches by forwarding them. Ask me a question instead, for example: what did Putin say about BRICS
ingest-done = Added { $added }, already stored { $duplicates }, rejected { $rejected }.
stats = Dispatches: { $dispatches } · subscribers: { $subscribers } (briefing: { $digest }, blocked: { $blocked }) · quarantined: { $quarantine }
error = Sorry, something went wrong while answering. The desk has been told; please try again.
broadcast-how = Write the message after /broadcast; it goes to every subscriber through the outbox.
broadcast-queued = Queued for { $count } subscribers.
digest-header =
    <b>Your briefing</b> · { $day }
    <i>Dispatches from { $from } to { $to }</i>
digest-empty = Nothing new on the wire in this period.
digest-older = Latest stories before this period (older):
digest-more = …and { $count } more stories (/latest).
digest-story-meta = { $updates ->
        [one] 1 dispatch
       *[other] { $updates } dispatches
    }, latest { $time }
digest-original = original
story-button = Story { $n }
language-ar = Arabic
language-en = English
in-language = (in { $language })
alert-first = New on { $topic }
alert-update = Update on { $topic }
alert-correction = Correction on { $topic }
change-rises = { $label } rises from { $from } to { $to }
change-falls = { $label } falls from { $from } to { $to }
change-speaker = { $name } speaks for the first time in this story
story-empty = Add a story id after /story, or tap a story's button under a briefing or an alert.
story-none = No story with id { $id }.
timeline-title = { $count ->
        [one] The story so far: 1 dispatch, newest first
       *[other] The story so far: { $count } dispatches, newest first
    }
timeline-first = First report
timeline-nothing-new = Repeats what was known (other wording or language)
timeline-more = …and { $count } earlier dispatches.
unknown-command = I do not know { $command }. These are the commands I know:
menu-expired = This menu has expired; here is what you can do now.
command-start = Welcome and language
command-help = What I can do
command-ask = Ask about the news
command-latest = Newest dispatches
command-search = Search dispatches
command-digest = A briefing now
command-story = A story's timeline
command-subscribe = Daily briefing on
command-unsubscribe = Daily briefing off
command-follow = Alerts on a topic
command-unfollow = Stop alerts on a topic
command-topics = Topics you follow
command-settings = Settings
command-lang = Language
language-name-ar = العربية
language-name-en = English
frequency-morning = Morning
frequency-evening = Evening
frequency-both = Morning and evening
frequency-set = Briefing: { $frequency }.
digest-ask-on = Your briefing is off. Turn it on at { $time }?
digest-turn-on = Turn it on
digest-keep-off = Keep it off
feed-failing = Feed failing
answer-quoted = Quoted from the dispatches (no summary available):
answer-closest = Closest stored topics:
answer-partial = The dispatches report the following, but not { $missing }:
missing-number = the figure asked for
missing-duration = how long
missing-date = when
missing-person = who
missing-place = where
missing-reason = why
missing-result = the result
