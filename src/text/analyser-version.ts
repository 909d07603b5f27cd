/**
 * The version of the text analysis the search index is built with (analyseText and what it
 * depends on: normalisation, stop words, stemming). Raise it whenever some text would be analysed
 * into other tokens: a store indexed by another version rebuilds its index from the stored text
 * when it is opened (see src/store/reindex-report.ts).
 *
 * 1: Lucene's Arabic analyser and the light English stemmer.
 * 2: Arabic: the article after a conjunction and a preposition together (`وبالتالي`, `وللكويت`),
 *    Persian and Gulf letters (`ک ی چ گ ڤ`) folded to the wire's, and no article read into a word
 *    that starts with a hamza alef and a lam (`ألعاب` is `العاب` as `الألعاب` is, not `عاب`).
 * 3: story grouping's figures, names and entities read from the whole dispatch, not the lead only
 *    (the re-index re-derives them, so new dispatches meet stored ones on the same keys; stories stay).
 * 4: the dateline city's key: a city before a country of the same name (`عمان` is Amman), and for
 *    a city no gazetteer lists its consonant skeleton (`BISHKEK` and `بيشكك` meet); name keys of a
 *    first and family name too short to match alone (`Talal Al-Subaie`: `TL+SB`).
 * 5: a single-digit rate among a dispatch's figures (`7 percent` and `7 في المئة` both `7%`).
 * 6: the weekdays a dispatch names besides its own day's among its name keys (`Tuesday` and
 *    `الثلاثاء` both `@2`, find-day-keys.ts).
 * 7: a figure's per cent read by the words a share is told by (per-cent-pattern.ts): "7 pct" is `7%`
 *    too, "7 percentage points" no longer is.
 * 8: the gazetteer's new entries among a dispatch's entity keys (the Ministry of Higher Education, the
 *    Environment Public Authority, KDIPA; the league clubs, a kind of their own, are left out of the keys),
 *    so a stored dispatch that names one meets a new dispatch that does on the same key.
 * 9: the dateline city's key: a dateline the gazetteer lists in neither script's form is read as the
 *    gazetteer city one of whose names has its consonant skeleton (`الأحمدي` beside `محافظة الأحمدي`
 *    and `Ahmadi` is `ahmadi`, as `AHMADI` is), before falling back to the skeleton key; and a figure
 *    a comma follows as punctuation among a dispatch's figures (`March 15 to 19, the ministry`: `19`),
 *    and the dates it names by day and month beside them (`April 15` and `15 أبريل` both `15/4`,
 *    find-date-keys.ts).
 * 10: "use", "used", "using" are `use`, no longer `us`, the US's token (analyse-english.ts): a dispatch
 *    saying how a thing was used no longer names the US among its entities.
 * 11: Arabic: a `و` that would leave a stem of two letters is the word's own (`ورشة` is `ورش`, as `الورشة`
 *    is, not `رش`; `وحدة` is `وحد`), not the conjunction (analyse-arabic.ts).
 */
export const ANALYSER_VERSION = 11;
