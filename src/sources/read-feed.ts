import Parser from 'rss-parser';
import { htmlToText } from './html-to-text.js';

/** One feed item reduced to what ingestion needs. */
export interface FeedItem {
  title: string | null;
  /** full text, HTML stripped, one paragraph per line */
  text: string;
  link: string | null;
  guid: string | null;
  /** ISO time from pubDate / isoDate / published, or null */
  isoDate: string | null;
}

export interface FeedDocument {
  title: string | null;
  items: FeedItem[];
}

type ItemFields = { 'content:encoded'?: string; id?: string; summary?: string; guid?: string };

const parser = new Parser<Record<string, unknown>, ItemFields>();

const asText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * Reads an RSS (0.9, 1, 2) or Atom document with rss-parser. An item's full text is its
 * content:encoded, else its content/description, else its summary. Anything that is not a
 * feed (an HTML page, broken XML) is a value with a reason.
 */
export async function readFeed(xml: string): Promise<{ ok: true; feed: FeedDocument } | { ok: false; reason: string }> {
  if (!/<(rss|feed|rdf:RDF)\b/i.test(xml.slice(0, 4096))) {
    const looksHtml = /<(!doctype html|html)\b/i.test(xml.slice(0, 4096));
    return { ok: false, reason: looksHtml ? 'not an RSS or Atom feed: got an HTML page' : 'not an RSS or Atom feed' };
  }
  try {
    const output = await parser.parseString(xml);
    const items = output.items.map((item): FeedItem => {
      const html = asText(item['content:encoded']) ?? asText(item.content) ?? asText(item.summary) ?? '';
      return {
        title: asText(item.title),
        text: htmlToText(html),
        link: asText(item.link),
        guid: asText(item.guid) ?? asText(item.id),
        isoDate: asText(item.isoDate),
      };
    });
    return { ok: true, feed: { title: asText(output.title), items } };
  } catch (error) {
    return { ok: false, reason: `not a readable RSS or Atom feed: ${(error as Error).message.split('\n')[0]}` };
  }
}
