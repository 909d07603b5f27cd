/**
 * Number words of both languages with their values, as the wire writes them (a closed class): "five", `خمسة`, `خمس`.
 * Each reader keys them as it reads text (analysed tokens, or normalised words).
 */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['hundred', 100], ['thousand', 1000],
  ['واحد', 1], ['واحدة', 1], ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6],
  ['سبعة', 7], ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10], ['عشر', 10], ['عشرين', 20],
  ['ثلاثين', 30], ['أربعين', 40], ['خمسين', 50], ['مئة', 100], ['مائة', 100], ['ألف', 1000],
];
