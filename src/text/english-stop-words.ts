/**
 * English function words left out of the index (Lucene's English stop set and a few more).
 * `who` and `us` are here because lowercase they are pronouns; analyseEnglishWord keeps `WHO` and
 * `US` in capitals, which are names.
 */
export const englishStopWords: readonly string[] = `
a an and are as at be been but by for from had has have he her his i if in into is it its of on or
our she so than that the their them then there these they this to was we were which will with would
you your not no also after before over under between during while about against within upon via
who whom us
`
  .split(/\s+/)
  .filter(Boolean);
