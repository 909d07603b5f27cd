/**
 * A per cent as the wire writes it, sign or word, in either language, its Arabic written or folded
 * (ة or ه): `%`, `٪`, "percent", "per cent", "pct", `في المئة`, `في المائة`, `بالمئة`. A regular
 * expression's source without capturing groups, for a pattern to take in: what reads a rate after a
 * figure (find-number-keys.ts) and what tells whether a passage gives a share (asks-share.ts) read the
 * same words. "percentage" is no per cent written after a figure.
 */
export const PER_CENT_PATTERN = String.raw`%|٪|(?<![a-z])(?:per\s?cent|pct)(?![a-z])|(?:في ال|بال)م(?:ئ|ائ)[ةه]`;
