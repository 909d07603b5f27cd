import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type EvalSet, type EvalSource, checkExpectedFiles, glossarySchema, questionSchema, readJson } from './load-eval-set.js';

/** The held-out fortnight: a fortnight of wire in both languages, story labels, a dev/test split. */
export const fortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight/', import.meta.url));
/** The second fortnight (15 to 28 February), in the same format, written after the first had been tuned on. */
export const secondFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-2/', import.meta.url));
/** The third fortnight (1 to 14 March), in the same format, written without reading the answer code. */
export const thirdFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-3/', import.meta.url));
/** The fourth fortnight (15 to 28 March, Eid al-Fitr), in the same format, written without reading the answer code. */
export const fourthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-4/', import.meta.url));
/** The fifth fortnight (29 March to 11 April), in the same format, written without reading the answer code. */
export const fifthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-5/', import.meta.url));
/** The sixth fortnight (12 to 25 April), in the same format, written without reading the answer code. */
export const sixthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-6/', import.meta.url));
/** The seventh fortnight (26 April to 9 May), in the same format, written without reading the answer code. */
export const seventhFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-7/', import.meta.url));
/** The eighth fortnight (10 to 23 May), in the same format, written blind (without reading the answer, search or text code). */
export const eighthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-8/', import.meta.url));
/** The ninth fortnight (24 May to 6 June), in the same format, written blind (without reading the answer, search or text code). */
export const ninthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-9/', import.meta.url));
/** The tenth fortnight (7 to 20 June), in the same format, written blind (without reading the answer, search or text code). */
export const tenthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-10/', import.meta.url));
/** The eleventh fortnight (21 June to 4 July), in the same format, written blind (without reading the answer, search or text code). */
export const eleventhFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-11/', import.meta.url));
/** The twelfth fortnight (5 to 18 July), in the same format, written blind (without reading the answer, search or text code). */
export const twelfthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-12/', import.meta.url));
/** The thirteenth fortnight (19 July to 1 August), in the same format, written blind (without reading the answer, search or text code). */
export const thirteenthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-13/', import.meta.url));
/** The fourteenth fortnight (2 to 15 August), in the same format, written blind (without reading the answer, search or text code). */
export const fourteenthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-14/', import.meta.url));
/** The fifteenth fortnight (16 to 29 August), in the same format, written blind (without reading the answer, search or text code). */
export const fifteenthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-15/', import.meta.url));
/** The sixteenth fortnight (30 August to 12 September), in the same format, written blind (without reading the answer, search or text code). */
export const sixteenthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-16/', import.meta.url));
/** The seventeenth fortnight (13 to 26 September), in the same format, written blind (without reading the answer, search or text code). */
export const seventeenthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-17/', import.meta.url));
/** The eighteenth fortnight (27 September to 10 October), in the same format, written blind (without reading the answer, search or text code); wired in as `fortnight18` (the twenty-first session's unseen set; tuning material, its dev split, since the twenty-second). */
export const eighteenthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-18/', import.meta.url));
/** The nineteenth fortnight (11 to 24 October), in the same format, written blind (without reading the answer, search or text code); wired in as `fortnight19` (the twenty-second session's unseen set; tuning material, its dev split, since the twenty-third). */
export const nineteenthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-19/', import.meta.url));
/** The twentieth fortnight (25 October to 7 November), in the same format, written blind (without reading the answer, search or text code); wired in as `fortnight20` (the twenty-third session's unseen set; tuning material, its dev split, since the twenty-fourth). */
export const twentiethFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-20/', import.meta.url));
/** The twenty-first fortnight (8 to 21 November), in the same format, written blind (without reading the answer, search or text code); wired in as `fortnight21` (the twenty-fourth session's unseen set; tuning material, its dev split, since the twenty-fifth). */
export const twentyFirstFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-21/', import.meta.url));
/** The twenty-second fortnight (22 November to 5 December), in the same format, written blind (without reading the answer, search or text code); wired in as `fortnight22` (the twenty-fifth session's unseen set; tuning material, its dev split, since the twenty-sixth). */
export const twentySecondFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-22/', import.meta.url));
/** The twenty-third fortnight (6 to 19 December), in the same format, written blind (without reading the answer, search or text code); wired in as `fortnight23` (the twenty-sixth session's unseen set; tuning material, its dev split, since the twenty-seventh). */
export const twentyThirdFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-23/', import.meta.url));
/** The twenty-fourth fortnight (20 December 2026 to 2 January 2027), in the same format, written blind (without reading the answer, search or text code); wired in as `fortnight24` (the twenty-seventh session's unseen set; tuning material, its dev split, since the twenty-eighth). */
export const twentyFourthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-24/', import.meta.url));
/** The twenty-fifth fortnight (3 to 16 January 2027), in the same format, written blind (without reading the answer, search or text code); the first set wholly in 2027, read as 2027 by `wireYearOf`; wired in as `fortnight25` (the twenty-eighth session's unseen set; tuning material, its dev split, since the twenty-ninth). */
export const twentyFifthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-25/', import.meta.url));
/** The twenty-sixth fortnight (17 to 30 January 2027), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight26` (the twenty-ninth session's unseen set; tuning material, its dev split, since the thirtieth). */
export const twentySixthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-26/', import.meta.url));
/** The twenty-seventh fortnight (31 January to 13 February 2027), in the same format, written blind (without reading the answer, search or text code); its January 31 and February files read as 2027 by `wireYearOf`; wired in as `fortnight27` (the thirtieth session's unseen set; tuning material, its dev split, since the thirty-first). */
export const twentySeventhFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-27/', import.meta.url));
/** The twenty-eighth fortnight (14 to 27 February 2027), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight28` (the thirty-first session's unseen set; tuning material, its dev split, since the thirty-second). */
export const twentyEighthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-28/', import.meta.url));
/** The twenty-ninth fortnight (28 February to 13 March 2027), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight29` (the thirty-second session's unseen set; tuning material, its dev split, since the thirty-third). */
export const twentyNinthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-29/', import.meta.url));
/** The thirtieth fortnight (14 to 27 March 2027), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight30` (the thirty-third session's unseen set; tuning material, its dev split, since the thirty-fourth). */
export const thirtiethFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-30/', import.meta.url));
/** The thirty-first fortnight (28 March to 10 April 2027), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight31` (the thirty-fourth session's unseen set; tuning material, its dev split, since the thirty-fifth). */
export const thirtyFirstFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-31/', import.meta.url));
/** The thirty-second fortnight (11 to 24 April 2027), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight32` (the thirty-fifth session's unseen set; tuning material, its dev split, since the thirty-sixth). */
export const thirtySecondFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-32/', import.meta.url));
/** The thirty-third fortnight (25 April to 8 May 2027), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight33` (the thirty-sixth session's unseen set; tuning material, its dev split, since the thirty-seventh). */
export const thirtyThirdFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-33/', import.meta.url));
/** The thirty-fourth fortnight (9 to 22 May 2027, Eid al-Adha on 16 May), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight34` (the thirty-seventh session's unseen set; tuning material, its dev split, since the thirty-eighth). */
export const thirtyFourthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-34/', import.meta.url));
/** The thirty-fifth fortnight (23 May to 5 June 2027), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight35` (the thirty-eighth session's unseen set; tuning material, its dev split, since the thirty-ninth). */
export const thirtyFifthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-35/', import.meta.url));
/** The thirty-sixth fortnight (6 to 19 June 2027), in the same format, written blind (without reading the answer, search or text code); read as 2027 by `wireYearOf`; wired in as `fortnight36` (the thirty-ninth session's unseen set). */
export const thirtySixthFortnightFixturesDir = fileURLToPath(new URL('../test/fixtures/eval-fortnight-36/', import.meta.url));

const storiesFileSchema = z.object({
  split_rule: z.string(),
  stories: z.array(
    z.object({ id: z.string().min(1), topic: z.string().min(1), dispatches: z.array(z.string().min(1)).min(1), split: z.enum(['dev', 'test']) }),
  ),
});
const questionsFileSchema = z.object({ questions: z.array(questionSchema.extend({ story: z.string().min(1), now: z.iso.datetime(), timeZone: z.string().min(1) })).min(1) });

/** The wire year of the fortnight; file names carry the month, day and Kuwait time of arrival. */
const YEAR = 2026;

/** 32-bit FNV-1a of the UTF-8 bytes. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/**
 * The split of a story, decided by its topic so that the negative cases (same topic, different
 * event) stay on one side: bit 24 of the topic's FNV-1a hash, 0 dev, 1 test. Deterministic.
 */
export function splitOfTopic(topic: string): 'dev' | 'test' {
  return ((fnv1a(topic) >>> 24) & 1) === 0 ? 'dev' : 'test';
}

/**
 * `0205-0830-en-…txt` arrived on 5 February at 08:30 Kuwait time (UTC+3) of `year` (the wire year, 2026 unless
 * the set's questions say otherwise: `wireYearOf`). A file name carries no year, so a fortnight that turns the
 * year says so: with `turnsYear`, January files arrived in the year after December's.
 */
export function arrivalOf(name: string, turnsYear = false, year = YEAR): Date {
  const match = /^(\d\d)(\d\d)-(\d\d)(\d\d)-/.exec(name);
  if (!match) throw new Error(`${name}: an eval-fortnight file name starts with MMDD-HHMM-`);
  const [, month, day, hour, minute] = match;
  const fileYear = turnsYear && month === '01' ? year + 1 : year;
  return new Date(`${fileYear}-${month}-${day}T${hour}:${minute}:00+03:00`);
}

/**
 * The wire year of a set (the year of its first file; January files of a set that turns the year come a year
 * later). File names carry no year, but every question carries the time it is asked (`now`), and a set's
 * questions are asked within weeks after its wire: of the year of the last question and the year before it,
 * the wire year is the one that puts the set's last dispatch nearest that question. So a set asked in 2026 is
 * read as 2026 (as every set was before), and a set of January 2027 asked in January 2027 as 2027.
 */
export function wireYearOf(names: string[], lastAsked: Date, yearTurns = turnsYear(names)): number {
  const lastArrival = (year: number) => Math.max(...names.map((n) => arrivalOf(n, yearTurns, year).getTime()));
  const asked = lastAsked.getUTCFullYear();
  const distance = (year: number) => Math.abs(lastArrival(year) - lastAsked.getTime());
  return distance(asked - 1) < distance(asked) ? asked - 1 : asked;
}

/** A set whose files hold both December and January turns the year inside its fortnight. */
function turnsYear(names: string[]): boolean {
  return names.some((n) => n.startsWith('12')) && names.some((n) => n.startsWith('01'));
}

/**
 * Reads a fortnight set from its directory (a KUNA feed: KUNA is the default agency); every dispatch
 * file belongs to exactly one story, every question to a known story.
 */
export function loadFortnightSet(dir = fortnightFixturesDir): EvalSet {
  const storiesFile = readJson(join(dir, 'stories.json'), storiesFileSchema);
  const dispatchDir = join(dir, 'dispatches');
  const names = readdirSync(dispatchDir).filter((n) => n.endsWith('.txt')).sort();
  const yearTurns = turnsYear(names);
  const questionsFile = readJson(join(dir, 'questions.json'), questionsFileSchema);
  const year = wireYearOf(names, new Date(Math.max(...questionsFile.questions.map((q) => new Date(q.now).getTime()))), yearTurns);
  const sources: EvalSource[] = names
    .map((name) => ({ name, path: join(dispatchDir, name), receivedAt: arrivalOf(name, yearTurns, year) }))
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.name.localeCompare(b.name));
  const storyOf = new Map<string, string>();
  const splitOf = new Map<string, string>();
  for (const story of storiesFile.stories) {
    if (story.split !== splitOfTopic(story.topic)) throw new Error(`story ${story.id}: split ${story.split} does not follow the rule (${storiesFile.split_rule})`);
    splitOf.set(story.id, story.split);
    for (const file of story.dispatches) {
      if (storyOf.has(`${file}#0`)) throw new Error(`${file} is labelled with two stories`);
      storyOf.set(`${file}#0`, story.id);
    }
  }
  const unlabelled = names.filter((name) => !storyOf.has(`${name}#0`));
  if (unlabelled.length > 0) throw new Error(`dispatches without a story label: ${unlabelled.join(', ')}`);
  const questions = questionsFile.questions.map((q) => {
    const split = splitOf.get(q.story);
    if (!split) throw new Error(`question ${q.id} names story ${q.story}, which stories.json does not hold`);
    return { ...q, split };
  });
  checkExpectedFiles(questions, sources);
  const glossary = readJson(join(dir, 'rewrite-glossary.json'), glossarySchema).entries;
  const last = sources.at(-1)?.receivedAt ?? new Date();
  const name = `fortnight (test/fixtures/${basename(dir)}, held out)`;
  return { name, now: last, questions, sources, glossary, stories: { storyOf, splitOf }, strict: false, agency: 'KUNA' };
}
