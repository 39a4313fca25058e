import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';

export const fixtureBytes = (name: string) =>
  readFileSync(new URL(`../../fixtures/news/${name}`, import.meta.url));

export type Route =
  | { kind: 'file'; file: string; contentType: string }
  | { kind: 'huge'; bytes: number }
  | { kind: 'drip'; everyMs: number }
  | { kind: 'status'; status: number };

/**
 * Serves recorded feeds on loopback the way real publishers do: ETag and Last-Modified, 304 to a matching
 * conditional GET; plus hostile routes (a huge body streamed without Content-Length, a slow drip).
 * Routes can be swapped while it runs (a feed that changes between polls).
 */
export async function startFeedServer(
  routes: Record<string, Route>,
): Promise<FixtureServer & { routes: Record<string, Route> }> {
  const live = { ...routes };
  const server = await startFixtureServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = live[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (route.kind === 'status') {
      res.writeHead(route.status, { 'content-type': 'text/plain' });
      res.end(`status ${route.status}`);
      return;
    }
    if (route.kind === 'huge') return streamHuge(res, route.bytes);
    if (route.kind === 'drip') return drip(res, route.everyMs);
    const body = fixtureBytes(route.file);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const lastModified = 'Mon, 03 Nov 2025 15:00:00 GMT';
    // As RFC 9110 says: If-None-Match, when sent, decides alone; If-Modified-Since only without it.
    const ifNoneMatch = req.headers['if-none-match'];
    const unchanged =
      ifNoneMatch !== undefined ? ifNoneMatch === etag : req.headers['if-modified-since'] === lastModified;
    if (unchanged) {
      res.writeHead(304, { etag, 'last-modified': lastModified });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': route.contentType, etag, 'last-modified': lastModified });
    res.end(body);
  });
  return Object.assign(server, { routes: live });
}

/** A feed that never ends: starts like RSS, then streams filler with backpressure until the client hangs up. */
function streamHuge(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
  const chunk = Buffer.alloc(64 * 1024, 'A');
  let sent = 0;
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  const pump = () => {
    while (!closed && sent < bytes) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!closed) res.end('</title></channel></rss>');
  };
  pump();
}

/** A server that answers at once and then sends one byte at a time, slowly, forever. */
function drip(res: ServerResponse, everyMs: number): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>');
  const timer = setInterval(() => res.write('.'), everyMs);
  res.on('close', () => clearInterval(timer));
}
