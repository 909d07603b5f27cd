import type { z } from 'zod';

/** One structured-output call: the model must answer with JSON matching `schema`. */
export interface StructuredRequest<T> {
  /** a short name for the schema (sent to the endpoint and logged) */
  name: string;
  system: string;
  user: string;
  schema: z.ZodType<T>;
}

/**
 * The narrow model interface the core depends on (never on the openai client itself).
 * `generate` resolves with parsed, schema-valid output or rejects with an LlmError.
 */
export interface Llm {
  generate<T>(request: StructuredRequest<T>): Promise<T>;
}
