/** Checks `test` every `everyMs` for at most `timeoutMs`; throws naming `what` (a function: read when it fails) when it never holds. */
export async function until(test: () => boolean, timeoutMs: number, what: string | (() => string), everyMs = 100): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !test(); ) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
