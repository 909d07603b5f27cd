/**
 * One error class per kind of failure. Each carries the thing it is about (`context`)
 * and, where there is one, the underlying `cause`, so a log line says what happened to what.
 */
export class WirebriefError extends Error {
  readonly context: Record<string, unknown>;

  constructor(message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.context = context;
  }
}

/** The configuration is missing or invalid; `problems` lists every one of them. */
export class ConfigError extends WirebriefError {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`, { problems });
    this.problems = problems;
  }
}

/** Input that cannot be used: a bad CLI argument, an unreadable file. */
export class InputError extends WirebriefError {}

/** The store cannot be opened or written. */
export class StoreError extends WirebriefError {}

/** The LLM endpoint failed, timed out or answered something unusable. */
export class LlmError extends WirebriefError {}

/** A source could not be prepared for the store (its prepare worker failed). */
export class IngestError extends WirebriefError {}

/** A start-up step failed or did not finish in time (a port in use, an API that does not answer). */
export class StartupError extends WirebriefError {}
