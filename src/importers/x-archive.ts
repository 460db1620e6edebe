// X/Twitter archive importer: the user's own posts (tweets.js) and bookmarks (bookmark.js) become episodes.
import { existsSync, statSync } from 'node:fs';
import { z } from 'zod';
import { countSkip, type ImportResult, sortEpisodes } from './episode.ts';
import { findYtdFiles, readYtdRecords } from './ytd-file.ts';

export interface XImportOptions {
  /** Leave out retweets ("RT @..."): they are someone else's words. */
  skipRetweets?: boolean;
  /** Leave out items that happened before this instant. */
  since?: Date;
}

const urlEntity = z.object({ url: z.string(), expanded_url: z.string().optional() });

const tweetRecord = z.object({
  tweet: z.object({
    id_str: z.string(),
    full_text: z.string(),
    created_at: z.string(),
    retweeted: z.boolean().optional(),
    entities: z
      .object({ urls: z.array(urlEntity).optional() })
      .partial()
      .optional(),
  }),
});

const bookmarkRecord = z.object({
  bookmark: z.object({
    tweetId: z.string(),
    fullText: z.string().optional(),
    expandedUrl: z.string().optional(),
  }),
});

// X snowflake ids carry their creation time: milliseconds since this epoch, shifted left by 22 bits.
const SNOWFLAKE_EPOCH_MS = 1288834974657n;

/** The creation time encoded in a post id (used for bookmarks, which the archive stores without a date). */
export function snowflakeTime(id: string): Date | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  return new Date(Number((BigInt(id) >> 22n) + SNOWFLAKE_EPOCH_MS));
}

// The archive writes text HTML-escaped, as the old API did.
function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Replaces t.co short links by the URLs they stand for. */
export function expandUrls(text: string, urls: Array<z.infer<typeof urlEntity>> = []): string {
  return urls.reduce(
    (out, { url, expanded_url }) => (expanded_url ? out.split(url).join(expanded_url) : out),
    text,
  );
}

function isRetweet(tweet: z.infer<typeof tweetRecord>['tweet']): boolean {
  return tweet.retweeted === true || /^RT @\w+:/.test(tweet.full_text);
}

function tweetEpisodes(archiveDir: string, options: XImportOptions, result: ImportResult): void {
  for (const raw of readYtdRecords(archiveDir, ['tweets', 'tweet'])) {
    const parsed = tweetRecord.safeParse(raw);
    if (!parsed.success) {
      countSkip(result.skipped, 'unreadable');
      continue;
    }
    const { tweet } = parsed.data;
    const occurredAt = new Date(tweet.created_at);
    if (Number.isNaN(occurredAt.getTime())) {
      countSkip(result.skipped, 'unreadable');
      continue;
    }
    if (options.skipRetweets && isRetweet(tweet)) {
      countSkip(result.skipped, 'retweet');
      continue;
    }
    if (options.since && occurredAt < options.since) {
      countSkip(result.skipped, 'before-since');
      continue;
    }
    result.episodes.push({
      content: unescapeHtml(expandUrls(tweet.full_text, tweet.entities?.urls)),
      source: 'x',
      sourceRef: `x:tweet:${tweet.id_str}`,
      occurredAt: occurredAt.toISOString(),
    });
  }
}

function bookmarkEpisodes(archiveDir: string, options: XImportOptions, result: ImportResult): void {
  for (const raw of readYtdRecords(archiveDir, ['bookmark', 'bookmarks'])) {
    const parsed = bookmarkRecord.safeParse(raw);
    const occurredAt = parsed.success ? snowflakeTime(parsed.data.bookmark.tweetId) : undefined;
    if (!parsed.success || !occurredAt) {
      countSkip(result.skipped, 'unreadable');
      continue;
    }
    if (options.since && occurredAt < options.since) {
      countSkip(result.skipped, 'before-since');
      continue;
    }
    const { tweetId, fullText, expandedUrl } = parsed.data.bookmark;
    const link = expandedUrl ?? `https://x.com/i/web/status/${tweetId}`;
    const content = fullText
      ? `Bookmarked a post on X: ${unescapeHtml(fullText)} (${link})`
      : `Bookmarked a post on X: ${link}`;
    result.episodes.push({
      content,
      source: 'x',
      sourceRef: `x:bookmark:${tweetId}`,
      occurredAt: occurredAt.toISOString(),
    });
  }
}

/** Reads an unzipped X archive folder (or its data/ folder) into episodes, oldest first. */
export function importXArchive(archiveDir: string, options: XImportOptions = {}): ImportResult {
  if (!existsSync(archiveDir) || !statSync(archiveDir).isDirectory()) {
    throw new Error(`${archiveDir} is not a folder: unzip the X archive and pass its folder`);
  }
  const hasTweets = findYtdFiles(archiveDir, ['tweets', 'tweet']).length > 0;
  const hasBookmarks = findYtdFiles(archiveDir, ['bookmark', 'bookmarks']).length > 0;
  if (!hasTweets && !hasBookmarks) throw new Error(`${archiveDir} has no data/tweets.js or data/bookmark.js`);
  const result: ImportResult = { episodes: [], skipped: {} };
  tweetEpisodes(archiveDir, options, result);
  bookmarkEpisodes(archiveDir, options, result);
  sortEpisodes(result.episodes);
  return result;
}
