/** What one call answered: the status, the request id and the parsed body (JSON) or the bytes. */
export interface Answer {
  readonly status: number;
  readonly requestId: string | null;
  readonly contentType: string;
  readonly json: unknown;
  readonly bytes: Uint8Array;
}

/**
 * A minimal client of the validator API: `fetch` with the bearer key, JSON in, JSON (or a file) out.
 * Any HTTP client in any language does the same; `GET /openapi.json` describes every endpoint.
 */
export function createClient(baseUrl: string, apiKey: string) {
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${apiKey}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const contentType = res.headers.get('content-type') ?? '';
    const bytes = new Uint8Array(await res.arrayBuffer());
    const isJson = /json/.test(contentType);
    return {
      status: res.status,
      requestId: res.headers.get('x-request-id'),
      contentType,
      json: isJson ? JSON.parse(new TextDecoder().decode(bytes)) : undefined,
      bytes,
    };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
  };
}
