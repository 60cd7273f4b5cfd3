// `npm start`: build the extension, serve the demo page on 127.0.0.1 and open
// Chromium with the extension loaded on it. Without a display it says exactly
// where the build is and how to load it. `npm start -- --check` runs the same
// path headless, saves a screenshot and exits (proof that it works here).
// `npm start -- --port 8080` serves the demo on that port (still 127.0.0.1
// only), so it can be reached through an SSH tunnel from another machine.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { CHROME_EXT, FIREFOX_EXT, launchChromium } from '../tests/e2e/support/browsers';
import { serveFixtures } from '../tests/e2e/support/server';

const args = process.argv.slice(2);
const check = args.includes('--check');
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

/** `--port 8080` or `--port=8080`; undefined without it. */
function portArg(): number | undefined {
  const i = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
  if (i === -1) return undefined;
  const raw = args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`--port needs a port number (1-65535), got ${raw ?? 'nothing'}`);
    process.exit(2);
  }
  return port;
}
const port = portArg();

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      const sub = folderSize(path);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files += 1;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

console.log('Building the extension (Chrome and Firefox, with access to 127.0.0.1 for the demo page)...');
try {
  // The build lists every file it writes; keep that out of the way and show it only when something fails.
  const out = execSync('npm run build:e2e', { env: { ...process.env }, stdio: 'pipe', encoding: 'utf8' });
  for (const line of out.split('\n')) if (/\b(error|warn(ing)?)\b/i.test(line)) console.log(`  ${line.trim()}`);
} catch (e) {
  const err = e as { stdout?: string; stderr?: string };
  console.error(err.stdout ?? '', err.stderr ?? '');
  console.error('The build failed (output above).');
  process.exit(1);
}
for (const dir of [CHROME_EXT, FIREFOX_EXT]) {
  const { files, bytes } = folderSize(dir);
  console.log(`  built ${relative(process.cwd(), dir)}/ (${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB)`);
}

const fixtures = await serveFixtures(resolve('tests/fixtures'));
let demoOrigin = fixtures.origin;
let closeFront = async () => undefined as void;
if (port !== undefined) {
  // A fixed port in front of the fixture server, on 127.0.0.1 only.
  const front = createServer((req, res) => {
    const upstream = request(`${fixtures.origin}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((ok, fail) => {
    front.once('error', (e: NodeJS.ErrnoException) =>
      fail(e.code === 'EADDRINUSE' ? new Error(`port ${port} on 127.0.0.1 is in use; choose another with --port`) : e),
    );
    front.listen(port, '127.0.0.1', ok);
  });
  demoOrigin = `http://127.0.0.1:${port}`;
  closeFront = () => new Promise((ok) => front.close(() => ok()));
}
const demo = `${demoOrigin}/index.html`;
const closeServers = async () => {
  await closeFront();
  await fixtures.close();
};

if (!check && !hasDisplay) {
  const p = port ?? 8080;
  console.log(`
No display here, so no browser window can open. Load the build by hand:

  Chrome/Chromium: chrome://extensions, turn on "Developer mode",
                   "Load unpacked", choose ${CHROME_EXT}
  Firefox:         about:debugging#/runtime/this-firefox,
                   "Load Temporary Add-on...", choose ${FIREFOX_EXT}/manifest.json

The demo page is served at ${demo} (127.0.0.1 only).
From another machine: copy a build folder there and load it as above,${port === undefined ? `\nrun this with a fixed port (npm start -- --port ${p}),` : ''} tunnel the port with
  ssh -L ${p}:127.0.0.1:${p} <this host>
and open http://127.0.0.1:${p}/index.html there.
This build may read 127.0.0.1 pages; the store build from "npm run build" cannot.
Press Ctrl+C to stop the demo server.`);
  await new Promise(() => undefined);
}

const session = await launchChromium({ headless: check });
const page = await session.context.newPage();
await page.goto(demo);
await page.waitForSelector('[data-shield-number]', { timeout: 15_000 });
if (check) {
  mkdirSync('bench/out', { recursive: true });
  const first = page.locator('[data-shield-number]').first();
  await first.hover();
  await page.waitForSelector('[data-testid=shield-card]');
  await page.screenshot({ path: 'bench/out/demo.png' });
  const marked = await page.locator('[data-shield-number]').count();
  console.log(`demo OK: ${marked} numbers marked on ${demo}; screenshot in bench/out/demo.png`);
  await session.close();
  await closeServers();
} else {
  console.log(`Chromium is open on ${demo} with Collector Shield loaded. Close the browser window to stop.`);
  session.context.on('close', () => void closeServers().then(() => process.exit(0)));
}
