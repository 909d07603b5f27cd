import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where the first labelled set lives: dispatches, questions and the scripted rewrite glossary. */
export const evalFixturesDir = fileURLToPath(new URL('../test/fixtures/eval/', import.meta.url));
const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));

export const questionKinds = [
  'topic',
  'attribution',
  'cross-language',
  'dated',
  'relative-date',
  'latest',
  'colloquial',
  'injection',
  'unanswerable',
  'near-miss',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const questionSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['ar', 'en']),
  question: z.string().min(1),
  kinds: z.array(z.enum(questionKinds)).min(1),
  /** dispatches that answer it, as `file name#source index` */
  expected: z.array(z.string().regex(/^[^#]+#\d+$/)),
  /** gazetteer id of the person an attribution question asks about */
  speaker: z.string().optional(),
  /** how the set's dispatches write that speaker, per answer language (for a name no gazetteer lists) */
  speakerNames: z.object({ ar: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }).optional(),
  /** the words of an expected dispatch a good answer quotes (what the scripted LLM cites) */
  quote: z.string().optional(),
  /** the labelled story the question is about (for an unanswerable one, the nearest story): decides its split */
  story: z.string().optional(),
  /** when the question is asked, and in which time zone (relative dates depend on both) */
  now: z.iso.datetime().optional(),
  timeZone: z.string().optional(),
});

/** A labelled question, with the split (`dev`, `test`, or `all` for a set without one) it is scored in. */
export type EvalQuestion = z.infer<typeof questionSchema> & { split: string };

export interface EvalSource {
  /** the file name, as the questions' `expected` refs name it */
  name: string;
  path: string;
  /** when the source arrived (the ingest clock); absent: the set's `now` */
  receivedAt?: Date;
}

/** Gold story labels: the story of each `file#index` ref, and the split of each story. */
export interface StoryLabels {
  storyOf: Map<string, string>;
  splitOf: Map<string, string>;
}

export interface EvalSet {
  name: string;
  /** when a question without its own `now` is asked */
  now: Date;
  questions: EvalQuestion[];
  sources: EvalSource[];
  glossary: string[][];
  /** null: the set carries no story labels (no grouping score) */
  stories: StoryLabels | null;
  /** a rejected dispatch is an error (true) or counted and scored as missing (false) */
  strict: boolean;
  /** the default agency of the set's sources (a wire feed's), for copy that names none: a flash */
  agency?: string;
}

const questionsFileSchema = z.object({ now: z.iso.datetime(), questions: z.array(questionSchema).min(1) });
export const glossarySchema = z.object({ entries: z.array(z.array(z.string().min(1)).min(2)) });

export function readJson<T>(path: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a valid eval file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Throws when a question expects a file the set does not hold. */
export function checkExpectedFiles(questions: readonly EvalQuestion[], sources: readonly EvalSource[]): void {
  const names = new Set(sources.map((s) => s.name));
  for (const question of questions) {
    const unknown = question.expected.filter((ref) => !names.has(ref.split('#')[0] as string));
    if (unknown.length > 0) throw new Error(`question ${question.id} expects ${unknown.join(', ')}, which the eval set does not hold`);
  }
}

/** Reads the first labelled set (fitted during earlier issues: no split, no story labels). */
export function loadEvalSet(dir = evalFixturesDir): EvalSet {
  const file = readJson(join(dir, 'questions.json'), questionsFileSchema);
  const dispatchDir = join(dir, 'dispatches');
  const sources = [
    ...readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).map((name) => ({ name, path: join(seedsDir, name) })),
    ...readdirSync(dispatchDir).filter((n) => n.endsWith('.txt')).sort().map((name) => ({ name, path: join(dispatchDir, name) })),
  ];
  const questions = file.questions.map((q) => ({ ...q, split: 'all' }));
  checkExpectedFiles(questions, sources);
  const glossary = readJson(join(dir, 'rewrite-glossary.json'), glossarySchema).entries;
  return { name: 'first set (test/fixtures/eval, fitted)', now: new Date(file.now), questions, sources, glossary, stories: null, strict: true };
}
