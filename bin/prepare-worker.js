// The entry of an ingest prepare worker thread: registers tsx in this thread, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('../src/ingest/prepare-worker.ts');
