import type { IncomingMessage } from 'node:http';

async function fromWebStream(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function fromIncoming(incoming: IncomingMessage, max: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > max) {
        // Stop keeping the bytes; the adapter drains or destroys the rest once the answer is sent.
        cleanup();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      if (incoming.readableEnded) return;
      cleanup();
      reject(new Error('the client closed the connection before sending the whole body'));
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}

/**
 * Reads a request body up to `max` bytes, or `undefined` as soon as it passes `max` (the bytes are not
 * kept). Under Node it reads the `IncomingMessage` directly, which avoids converting a Node stream to
 * a web stream for every request; elsewhere (Hono's `app.request`, other runtimes) it reads the
 * `Request` body.
 *
 * @example
 * ```ts
 * const bytes = await readBodyBytes(request, 4_194_304, incoming);
 * ```
 */
export async function readBodyBytes(
  request: Request,
  max: number,
  incoming?: IncomingMessage,
): Promise<Uint8Array | undefined> {
  if (incoming !== undefined && !incoming.readableDidRead) return fromIncoming(incoming, max);
  if (request.body === null) return new Uint8Array(0);
  return fromWebStream(request.body, max);
}
