import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment, treating empty strings as absent', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: '', OPENAI_API_KEY: '  ' });
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(config.WIREBRIEF_DB).toBe('./data/wirebrief.db');
    expect(config.WIREBRIEF_TZ).toBe('Asia/Kuwait');
    expect(config.TELEGRAM_API_ROOT).toBe('https://api.telegram.org');
    expect(config.WIREBRIEF_ADMINS).toEqual([]);
  });

  it('parses lists and numbers', () => {
    const config = loadConfig({ WIREBRIEF_ADMINS: '12, 34', WIREBRIEF_FEEDS: 'http://127.0.0.1/a.xml http://127.0.0.1/b.xml', OPENAI_TIMEOUT_MS: '5000' });
    expect(config.WIREBRIEF_ADMINS).toEqual([12, 34]);
    expect(config.WIREBRIEF_FEEDS).toHaveLength(2);
    expect(config.OPENAI_TIMEOUT_MS).toBe(5000);
  });

  it('lists every problem at once and never echoes a secret', () => {
    const secret = 'not-a-token-but-secret-value';
    let error: unknown;
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: secret, WIREBRIEF_TZ: 'Mars/Olympus', WIREBRIEF_ADMINS: 'alice' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/TELEGRAM_BOT_TOKEN/);
    expect(problems).toMatch(/WIREBRIEF_TZ/);
    expect(problems).toMatch(/WIREBRIEF_ADMINS/);
    expect((error as Error).message).not.toContain(secret);
  });

  it('requires a webhook secret with a webhook URL', () => {
    expect(() => loadConfig({ WEBHOOK_URL: 'https://example.org/hook' })).toThrow(/WEBHOOK_SECRET/);
  });
});
