import pino from 'pino';

export type Logger = pino.Logger;

/** Paths that may hold a secret; pino replaces them before anything is written. */
const redact = ['token', 'apiKey', 'api_key', 'authorization', 'headers.authorization', '*.token', '*.apiKey', 'config.TELEGRAM_BOT_TOKEN', 'config.OPENAI_API_KEY'];

/** A JSON logger on stderr (stdout is the CLI's machine output). */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: redact, censor: '[redacted]' }, base: undefined }, destination);
}
