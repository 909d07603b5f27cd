import type { Lang } from '../dispatch/dispatch-types.js';
import type { RenderAlert } from './alert-types.js';
import type { Digest } from './digest-types.js';

/** Turns a digest into the HTML an outbox row holds, for one reader. */
export type RenderDigest = (digest: Digest, reader: { lang: Lang; timeZone: string }) => string;

/**
 * How digests and alerts become text. The core composes data; the outbox holds the rendered
 * message, so whoever queues digests and alerts is handed this by the wiring (`telegram/` renders).
 */
export interface Presenter {
  digest: RenderDigest;
  alert: RenderAlert;
}
