import type { IncomingMessage } from 'node:http';
import { err, ok, type Result } from 'neverthrow';
import { exceedsJsonDepth } from './json-depth.js';
import { type ProblemDocument, problem } from './problem.js';
import { readBodyBytes } from './read-body-bytes.js';

/** The limits {@link readJsonBody} enforces. */
export interface BodyLimits {
  readonly maxBodyBytes: number;
  readonly maxJsonDepth: number;
}

/** A body that was read and parsed: the value and its size in bytes. */
export interface JsonBody {
  readonly value: unknown;
  readonly bytes: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Whether a `Content-Type` header is JSON in UTF-8: `application/json`, with no charset or `utf-8`.
 *
 * @example
 * ```ts
 * isJsonContentType('application/json; charset=UTF-8'); // true
 * isJsonContentType('text/plain'); // false
 * ```
 */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const [mediaType = '', ...parameters] = header.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') return true;
    return value.trim().replaceAll('"', '').toLowerCase() === 'utf-8';
  });
}

/**
 * Reads a request's JSON body within the limits, in the order that costs least: the content type
 * (415 unless `application/json` in UTF-8, and not content-encoded), the declared length (413 before
 * reading a byte), the bytes as they arrive (413 as soon as the limit is passed), UTF-8 (400), the
 * nesting depth on the raw text (400 `JSON_TOO_DEEP`, before parsing) and the syntax (400
 * `MALFORMED_JSON`). A leading byte-order mark is ignored, as RFC 8259 allows. Pass the Node
 * `IncomingMessage` when there is one (see {@link readBodyBytes}).
 *
 * @example
 * ```ts
 * const body = await readJsonBody(request, { maxBodyBytes: 4_194_304, maxJsonDepth: 32 });
 * if (body.isOk()) body.value.value;
 * ```
 */
export async function readJsonBody(
  request: Request,
  limits: BodyLimits,
  incoming?: IncomingMessage,
): Promise<Result<JsonBody, ProblemDocument>> {
  if (!isJsonContentType(request.headers.get('content-type')))
    return err(problem('UNSUPPORTED_MEDIA_TYPE', 'The request body must be application/json (UTF-8).'));
  const encoding = request.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity')
    return err(problem('UNSUPPORTED_MEDIA_TYPE', 'Content-encoded request bodies are not accepted.'));
  const tooLarge = problem('BODY_TOO_LARGE', `The request body is larger than ${limits.maxBodyBytes} bytes.`);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limits.maxBodyBytes) return err(tooLarge);
  const bytes = await readBodyBytes(request, limits.maxBodyBytes, incoming);
  if (bytes === undefined) return err(tooLarge);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return err(problem('MALFORMED_JSON', 'The request body is not valid UTF-8.'));
  }
  if (text.trim() === '') return err(problem('MALFORMED_JSON', 'The request body is empty.'));
  if (exceedsJsonDepth(text, limits.maxJsonDepth))
    return err(
      problem(
        'JSON_TOO_DEEP',
        `The request body nests arrays and objects deeper than ${limits.maxJsonDepth}.`,
      ),
    );
  try {
    return ok({ value: JSON.parse(text) as unknown, bytes: bytes.byteLength });
  } catch {
    return err(problem('MALFORMED_JSON', 'The request body is not well-formed JSON.'));
  }
}
