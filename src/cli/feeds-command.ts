import { InputError } from '../errors.js';
import { openStoreAt } from '../store/open-store-at.js';
import type { Feed } from '../store/feed-store.js';
import { type CommandContext, output, storeOptions } from './cli-io.js';

/** `wirebrief feeds add|list|remove <url>`: the feeds the poller fetches (besides WIREBRIEF_FEEDS). */
export async function feedsCommand(ctx: CommandContext): Promise<number> {
  const [action, url, ...rest] = ctx.args;
  if (action === 'list' && url === undefined) return listFeeds(ctx);
  if ((action === 'add' || action === 'remove') && url !== undefined && rest.length === 0) {
    const valid = parseFeedUrl(url);
    const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
    try {
      const changed =
        action === 'add' ? await stores.feeds.add(valid, 'cli', ctx.io.now()) : await stores.feeds.remove(valid);
      output(ctx, { action, url: valid, changed }, () => describeChange(action, valid, changed));
    } finally {
      await stores.close();
    }
    return 0;
  }
  throw new InputError('usage: wirebrief feeds add <url> | feeds remove <url> | feeds list');
}

async function listFeeds(ctx: CommandContext): Promise<number> {
  const stores = await openStoreAt(ctx.dbPath, storeOptions(ctx));
  let feeds: Feed[];
  try {
    feeds = await stores.feeds.list();
  } finally {
    await stores.close();
  }
  const configured = new Set(ctx.config.WIREBRIEF_FEEDS);
  const listed = new Set(feeds.map((feed) => feed.url));
  const pending = [...configured].filter((url) => !listed.has(url));
  const rows = [
    ...feeds.map((feed) => ({ ...feed, origin: configured.has(feed.url) ? ('config' as const) : feed.origin })),
    ...pending.map((url) => ({ url, origin: 'config' as const, title: null, failures: 0, lastError: null, lastPolledAt: null })),
  ];
  output(ctx, rows, () =>
    rows.length === 0
      ? 'no feeds: add one with `wirebrief feeds add <url>` or set WIREBRIEF_FEEDS'
      : rows.map((feed) => `${feed.url}  [${feed.origin}]${feed.title ? `  ${feed.title}` : ''}${describeHealth(feed)}`).join('\n'),
  );
  return 0;
}

function describeHealth(feed: Pick<Feed, 'failures' | 'lastError' | 'lastPolledAt'>): string {
  if (feed.failures > 0) return `  failing (${feed.failures}x): ${feed.lastError ?? 'unknown error'}`;
  return feed.lastPolledAt ? `  ok, polled ${feed.lastPolledAt}` : '  not polled yet';
}

function describeChange(action: string, url: string, changed: boolean): string {
  if (action === 'add') return changed ? `added ${url}` : `${url} was already a feed`;
  return changed ? `removed ${url}` : `${url} was not a feed (a WIREBRIEF_FEEDS entry is removed from the environment)`;
}

function parseFeedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`"${value}" is not a URL; give the feed's full http(s) address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`"${value}" is not an http(s) URL`);
  return url.toString();
}
