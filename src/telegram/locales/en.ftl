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
    • /digest: a briefing now
    • /subscribe [HH:MM], /unsubscribe: the morning briefing
    • /follow <i>topic</i>, /unfollow, /topics: alerts when a topic is in the news
    • /settings, /lang: language, time zone, briefing time, quiet hours
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
topics-list = You follow: { $topics }
settings =
    <b>Settings</b>
    Language: { $lang }
    Time zone: { $zone }
    Morning briefing: { $digest }
    Quiet hours: { $quiet }
    <i>Another time zone: send /settings Region/City (e.g. /settings Europe/Paris). Another briefing time: /subscribe HH:MM.</i>
settings-on = on at { $time }
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
