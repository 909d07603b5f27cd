import { z } from 'zod';
import { ConfigError } from './errors.js';
import { isTimeZone } from './time-zone.js';

const emptyAsAbsent = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const optionalString = z.preprocess(emptyAsAbsent, z.string().optional());

const ianaZone = z.string().refine(isTimeZone, { message: 'not a known IANA time zone (e.g. Asia/Kuwait)' });

const idList = z.preprocess(
  emptyAsAbsent,
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return [];
      const ids = value.split(',').map((part) => part.trim()).filter(Boolean);
      for (const id of ids) {
        if (!/^-?\d+$/.test(id)) ctx.addIssue({ code: 'custom', message: `"${id}" is not a numeric Telegram id` });
      }
      return ids.map(Number);
    }),
);

const urlList = z.preprocess(
  emptyAsAbsent,
  z
    .string()
    .optional()
    .transform((value) => (value === undefined ? [] : value.split(/[\s,]+/).filter(Boolean))),
);

/**
 * A numeric variable whose every failure reads as one sentence a person understands:
 * "WIREBRIEF_SEND_RATE: must be a number of messages per second, 1 to 1000".
 */
const numberIn = (what: string, min: number, max: number, options: { integer?: boolean } = {}) => {
  const message = `must be ${what}, ${min} to ${max}`;
  return z
    .string()
    .trim()
    .refine((text) => /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text), { message, abort: true })
    .transform(Number)
    .refine((value) => value >= min && value <= max && (!options.integer || Number.isInteger(value)), { message });
};

const port = z.preprocess(emptyAsAbsent, numberIn('a TCP port number', 0, 65535, { integer: true }).optional());

/** A source's default agency (`KUNA`): the agency of copy that names none; absent by default. */
const agencyName = z.preprocess(
  emptyAsAbsent,
  z.string().trim().regex(/^[\p{L}\p{N}._-]{1,20}$/u, { message: 'must be one short word, an agency name such as KUNA' }).optional(),
);

const schema = z.object({
  TELEGRAM_BOT_TOKEN: z.preprocess(
    emptyAsAbsent,
    z.string().regex(/^\d+:[\w-]+$/, { message: 'does not look like a bot token (digits:secret, as @BotFather gives it)' }).optional(),
  ),
  TELEGRAM_API_ROOT: z.preprocess(emptyAsAbsent, z.url().default('https://api.telegram.org')),
  WEBHOOK_URL: z.preprocess(emptyAsAbsent, z.url().optional()),
  WEBHOOK_SECRET: optionalString,
  WEBHOOK_PORT: port,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z.preprocess(emptyAsAbsent, z.url().optional()),
  OPENAI_MODEL: z.preprocess(emptyAsAbsent, z.string().default('gpt-4o-mini')),
  OPENAI_TIMEOUT_MS: z.preprocess(emptyAsAbsent, numberIn('a whole number of milliseconds', 1, 600_000, { integer: true }).default(20_000)),
  OPENAI_MAX_RETRIES: z.preprocess(emptyAsAbsent, numberIn('a whole number of retries', 0, 10, { integer: true }).default(1)),
  WIREBRIEF_DB: z.preprocess(emptyAsAbsent, z.string().default('./data/wirebrief.db')),
  WIREBRIEF_DATABASE_URL: z.preprocess(
    emptyAsAbsent,
    z.string().regex(/^postgres(ql)?:\/\//i, { message: 'must be a postgres:// URL (PostgreSQL instead of the SQLite file)' }).optional(),
  ),
  WIREBRIEF_ADMINS: idList,
  WIREBRIEF_CHANNELS: idList,
  WIREBRIEF_TZ: z.preprocess(emptyAsAbsent, ianaZone.default('Asia/Kuwait')),
  WIREBRIEF_FEEDS: urlList,
  WIREBRIEF_INBOX: optionalString,
  WIREBRIEF_FEED_AGENCY: agencyName,
  WIREBRIEF_INBOX_AGENCY: agencyName,
  WIREBRIEF_CHANNEL_AGENCY: agencyName,
  WIREBRIEF_HTTP_PORT: port,
  WIREBRIEF_HTTP_HOST: z.preprocess(emptyAsAbsent, z.string().default('127.0.0.1')),
  WIREBRIEF_HTTP_TOKEN: optionalString,
  /** a second, private listener for /healthz and /metrics (then not served on the public port) */
  WIREBRIEF_OPS_PORT: port,
  WIREBRIEF_OPS_HOST: z.preprocess(emptyAsAbsent, z.string().default('127.0.0.1')),
  /** least minutes between two update alerts of one story to one subscriber (corrections go at once) */
  WIREBRIEF_ALERT_GAP_MINUTES: z.preprocess(emptyAsAbsent, numberIn('a whole number of minutes', 0, 1440, { integer: true }).default(60)),
  WIREBRIEF_STARTUP_TIMEOUT_MS: z.preprocess(emptyAsAbsent, numberIn('a whole number of milliseconds', 1, 600_000, { integer: true }).default(30_000)),
  WIREBRIEF_INBOX_SETTLE_MS: z.preprocess(emptyAsAbsent, numberIn('a whole number of milliseconds', 0, 3_600_000, { integer: true }).default(5000)),
  /** replicas on PostgreSQL: how often one that does not lead tries the leader lock again */
  WIREBRIEF_LEADER_RETRY_MS: z.preprocess(emptyAsAbsent, numberIn('a whole number of milliseconds', 100, 60_000, { integer: true }).default(5000)),
  WIREBRIEF_SEND_RATE: z.preprocess(emptyAsAbsent, numberIn('a number of messages per second', 1, 1000).default(30)),
  LOG_LEVEL: z.preprocess(
    emptyAsAbsent,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

export type Config = z.output<typeof schema>;

/**
 * Parses the environment into a typed config. Pure: the caller passes the environment.
 * Throws a ConfigError naming every bad variable, without echoing secret values.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
  const config = parsed.data;
  const problems: string[] = [];
  if (config.WEBHOOK_URL && !config.WEBHOOK_SECRET) problems.push('WEBHOOK_SECRET: required when WEBHOOK_URL is set');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
