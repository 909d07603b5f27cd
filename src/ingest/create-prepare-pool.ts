import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { IngestError } from '../errors.js';
import { type PreparedSource, type WireInput, prepareSource } from './prepare-source.js';
import type { PrepareRequest } from './prepare-worker.js';

/** Prepares sources (decode, split, parse, analyse) for the store, in worker threads or in this one. */
export interface PreparePool {
  prepare(input: WireInput, now: Date): Promise<PreparedSource>;
  close(): Promise<void>;
}

/** Compiled (dist/), the worker is plain JS beside this file; from the sources, a bin/ shim registers tsx first. */
const workerEntry = import.meta.url.endsWith('.js')
  ? new URL('./prepare-worker.js', import.meta.url)
  : new URL('../../bin/prepare-worker.js', import.meta.url);

/**
 * Worker threads worth starting for `sources` sources: none for one (a worker costs a few hundred
 * milliseconds to start), else one per core beside the one the store writes on, at most three.
 */
export function prepareWorkersFor(sources: number): number {
  return sources < 2 ? 0 : Math.max(0, Math.min(3, availableParallelism() - 1));
}

/**
 * A pool of `workers` prepare threads, used round-robin; with 0, sources are prepared in the
 * calling thread. Whichever way, a source's preparation is the same pure `prepareSource`.
 */
export function createPreparePool(workers: number): PreparePool {
  if (workers <= 0) {
    return { prepare: async (input, now) => prepareSource(input, now), close: async () => {} };
  }
  const pending = new Map<number, { source: string; resolve: (p: PreparedSource) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  /** Why the pool can no longer prepare (a worker failed or exited), or null while it can. */
  let broken: string | null = null;
  const failAll = (reason: string) => {
    broken ??= reason;
    for (const [id, request] of pending) {
      pending.delete(id);
      request.reject(new IngestError(`cannot prepare ${request.source}: ${reason}`, { source: request.source }));
    }
  };
  const threads = Array.from({ length: workers }, () => {
    const worker = new Worker(workerEntry);
    worker.on('message', (message: { id: number; prepared?: PreparedSource; error?: string }) => {
      const request = pending.get(message.id);
      if (!request) return;
      pending.delete(message.id);
      if (message.prepared) request.resolve(message.prepared);
      else request.reject(new IngestError(`cannot prepare ${request.source}: ${message.error}`, { source: request.source }));
    });
    worker.on('error', (error) => failAll(`prepare worker failed: ${error.message}`));
    worker.on('exit', (code) => failAll(`prepare worker exited with code ${code}`));
    return worker;
  });

  return {
    prepare(input, now) {
      if (broken !== null) {
        return Promise.reject(new IngestError(`cannot prepare ${input.source}: ${broken}`, { source: input.source }));
      }
      const id = nextId++;
      const worker = threads[id % threads.length] as Worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { source: input.source, resolve, reject });
        worker.postMessage({ id, input, now } satisfies PrepareRequest);
      });
    },
    async close() {
      await Promise.all(threads.map((worker) => worker.terminate()));
    },
  };
}
