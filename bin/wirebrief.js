#!/usr/bin/env node
// The `wirebrief` command: runs the compiled dist/ when it is there and up to date (see
// choose-entry.js), else the TypeScript sources through tsx, so a checkout needs no build step.
import { fileURLToPath } from 'node:url';
import { chooseEntry } from './choose-entry.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = chooseEntry(root);
if (entry.run === 'dist') {
  await import('../dist/src/main.js');
} else {
  if (entry.reason && process.stderr.isTTY) process.stderr.write(`wirebrief: ${entry.reason}; running them with tsx (npm run build to refresh dist/)\n`);
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
