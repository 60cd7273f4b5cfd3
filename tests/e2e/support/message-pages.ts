import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SITE_IDS } from './site-fixtures';

/** Every page whose messages the e2e suites check: the site fixtures and the generic-mode fixtures. */
export const MESSAGE_PAGES: readonly string[] = [
  ...SITE_IDS.map((id) => `/sites/${id}.html`),
  ...readdirSync(resolve('tests/fixtures/generic'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => `/generic/${f}`),
];
