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

describe('loadConfig: messages a person understands', () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      return (error as ConfigError).problems;
    }
    return [];
  };

  it('names the variable, what it should be and its range, for every numeric variable', () => {
    expect(problemsOf({ WIREBRIEF_SEND_RATE: 'abc' })).toEqual(['WIREBRIEF_SEND_RATE: must be a number of messages per second, 1 to 1000']);
    expect(problemsOf({ WIREBRIEF_SEND_RATE: '0' })).toEqual(['WIREBRIEF_SEND_RATE: must be a number of messages per second, 1 to 1000']);
    expect(problemsOf({ WIREBRIEF_SEND_RATE: '5000' })).toEqual(['WIREBRIEF_SEND_RATE: must be a number of messages per second, 1 to 1000']);
    expect(problemsOf({ OPENAI_TIMEOUT_MS: '20s' })).toEqual(['OPENAI_TIMEOUT_MS: must be a whole number of milliseconds, 1 to 600000']);
    expect(problemsOf({ OPENAI_MAX_RETRIES: '2.5' })).toEqual(['OPENAI_MAX_RETRIES: must be a whole number of retries, 0 to 10']);
    for (const name of ['WEBHOOK_PORT', 'WIREBRIEF_HTTP_PORT', 'WIREBRIEF_OPS_PORT']) {
      expect(problemsOf({ [name]: 'eighty' })).toEqual([`${name}: must be a TCP port number, 0 to 65535`]);
      expect(problemsOf({ [name]: '70000' })).toEqual([`${name}: must be a TCP port number, 0 to 65535`]);
    }
  });

  it('still reads good numbers, with spaces around them', () => {
    const config = loadConfig({ WIREBRIEF_SEND_RATE: ' 12.5 ', OPENAI_MAX_RETRIES: '0', WIREBRIEF_OPS_PORT: '9091' });
    expect([config.WIREBRIEF_SEND_RATE, config.OPENAI_MAX_RETRIES, config.WIREBRIEF_OPS_PORT]).toEqual([12.5, 0, 9091]);
    expect(config.WIREBRIEF_SEND_RATE).toBe(12.5);
  });

  it('accepts any digits:secret bot token shape and refuses what has no digits or no secret', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '123:abc' }).TELEGRAM_BOT_TOKEN).toBe('123:abc');
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '7123456789:AAF-x_9qLmZ3vYtR8sPq0wXyZ1aBcDeFgHi' }).TELEGRAM_BOT_TOKEN).toMatch(/^7123456789:/);
    for (const bad of ['abc:123', '123:', ':abc', '123 abc', '123:ab c']) {
      expect(problemsOf({ TELEGRAM_BOT_TOKEN: bad })[0]).toMatch(/^TELEGRAM_BOT_TOKEN: does not look like a bot token/);
    }
  });
});
