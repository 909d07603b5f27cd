#!/usr/bin/env node
// Runs a TypeScript entry point (bench, eval) with tsx: node bin/run-ts.js <file.ts> [args...]
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { register } from 'tsx/esm/api';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node bin/run-ts.js <file.ts> [args...]\n');
  process.exit(1);
}
process.argv = [process.argv[0], entry, ...rest];
register();
await import(pathToFileURL(resolve(entry)).href);
