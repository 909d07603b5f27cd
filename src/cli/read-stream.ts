import type { Readable } from 'node:stream';

/** Reads a stream whole, but stops keeping bytes past `max` (the caller rejects such input by size). */
export async function readStream(stream: Readable, max: number): Promise<{ bytes: Uint8Array; byteLength: number }> {
  const chunks: Buffer[] = [];
  let byteLength = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    byteLength += buffer.byteLength;
    if (byteLength <= max) chunks.push(buffer);
  }
  return { bytes: Buffer.concat(chunks), byteLength };
}
