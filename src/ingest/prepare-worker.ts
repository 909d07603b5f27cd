import { parentPort } from 'node:worker_threads';
import { type WireInput, prepareSource } from './prepare-source.js';

/** A prepare request: one source to decode, split, parse and analyse off the store's thread. */
export interface PrepareRequest {
  id: number;
  input: WireInput;
  now: Date;
}

/** The worker's side of the prepare pool: each request answered with its prepared source or its error. */
parentPort?.on('message', ({ id, input, now }: PrepareRequest) => {
  try {
    parentPort?.postMessage({ id, prepared: prepareSource(input, now) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
