import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

const VENDOR: Record<string, string> = {
  '/vendor/preact.mjs': 'node_modules/preact/dist/preact.module.js',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every path requested so far, to prove what the extension did or did not fetch. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves tests/fixtures on 127.0.0.1 only, on a free port. */
export async function serveFixtures(root = resolve('tests/fixtures')): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    // The framework fixture page loads the real Preact build from node_modules.
    const vendor = VENDOR[path];
    const file = vendor ? resolve(vendor) : normalize(join(root, path === '/' ? 'index.html' : path));
    if (!vendor && !file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
