import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Where the labelled set lives: dispatches, questions and the scripted rewrite glossary. */
export const evalFixturesDir = fileURLToPath(new URL('../test/fixtures/eval/', import.meta.url));
const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));

export const questionKinds = ['topic', 'attribution', 'cross-language', 'dated', 'latest', 'injection', 'unanswerable'] as const;
export type QuestionKind = (typeof questionKinds)[number];

const questionSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['ar', 'en']),
  question: z.string().min(1),
  kinds: z.array(z.enum(questionKinds)).min(1),
  /** dispatches that answer it, as `file name#source index` */
  expected: z.array(z.string().regex(/^[^#]+#\d+$/)),
  /** gazetteer id of the person an attribution question asks about */
  speaker: z.string().optional(),
  /** the words of an expected dispatch a good answer quotes (what the scripted LLM cites) */
  quote: z.string().optional(),
});

const questionsFileSchema = z.object({ now: z.iso.datetime(), questions: z.array(questionSchema).min(1) });
const glossarySchema = z.object({ entries: z.array(z.array(z.string().min(1)).min(2)) });

export type EvalQuestion = z.infer<typeof questionSchema>;

export interface EvalSource {
  /** the file name, as the questions' `expected` refs name it */
  name: string;
  path: string;
}

export interface EvalSet {
  now: Date;
  questions: EvalQuestion[];
  sources: EvalSource[];
  glossary: string[][];
}

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a valid eval file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Reads the labelled set; a question that names a file the set does not hold is an error. */
export function loadEvalSet(dir = evalFixturesDir): EvalSet {
  const file = readJson(join(dir, 'questions.json'), questionsFileSchema);
  const dispatchDir = join(dir, 'dispatches');
  const sources = [
    ...readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).map((name) => ({ name, path: join(seedsDir, name) })),
    ...readdirSync(dispatchDir).filter((n) => n.endsWith('.txt')).sort().map((name) => ({ name, path: join(dispatchDir, name) })),
  ];
  const names = new Set(sources.map((s) => s.name));
  for (const question of file.questions) {
    const unknown = question.expected.filter((ref) => !names.has(ref.split('#')[0] as string));
    if (unknown.length > 0) throw new Error(`question ${question.id} expects ${unknown.join(', ')}, which the eval set does not hold`);
  }
  const glossary = readJson(join(dir, 'rewrite-glossary.json'), glossarySchema).entries;
  return { now: new Date(file.now), questions: file.questions, sources, glossary };
}
