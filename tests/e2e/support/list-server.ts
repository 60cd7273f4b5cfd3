import { createServer } from 'node:http';

/**
 * A list host on 127.0.0.1 for the subscription tests: the test sets the body
 * and its ETag, can make the next answer truncated, and reads back every
 * request with its conditional headers and the status it got.
 */
export interface ListServer {
  url: string;
  set(body: string, etag: string): void;
  /** The next response declares more bytes than it sends, then closes. */
  truncateNext(): void;
  log: { ifNoneMatch?: string; status: number }[];
  close(): Promise<void>;
}

export async function serveList(): Promise<ListServer> {
  let body = '';
  let etag = '';
  let truncate = false;
  const log: ListServer['log'] = [];
  const server = createServer((req, res) => {
    const inm = req.headers['if-none-match'];
    if (inm && inm === etag) {
      log.push({ ifNoneMatch: inm, status: 304 });
      res.writeHead(304, { etag }).end();
      return;
    }
    const bytes = Buffer.from(body, 'utf8');
    log.push({ ifNoneMatch: inm, status: 200 });
    if (truncate) {
      truncate = false;
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', etag: `${etag}-cut`, 'content-length': String(bytes.length * 2) });
      res.write(bytes);
      setTimeout(() => res.destroy(), 50);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', etag, 'content-length': String(bytes.length) }).end(bytes);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/community.csv`,
    set(b, e) {
      body = b;
      etag = e;
    },
    truncateNext() {
      truncate = true;
    },
    log,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
