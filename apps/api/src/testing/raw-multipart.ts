import { request } from 'node:http';

/** One part of a multipart body: a field, or a file when it has a file name. */
export interface RawPart {
  readonly name: string;
  readonly filename?: string;
  readonly content: string | Buffer;
}

export const OBSERVATIONS_HEADER = 'period,product,vendor,metric,value,unit,segment,geography,source,note\n';

/** A multipart/form-data body written by hand, so a test can get it wrong on purpose. */
export function multipartBody(boundary: string, parts: readonly RawPart[], { close = true } = {}): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    const type = part.filename === undefined ? '' : 'Content-Type: text/csv\r\n';
    pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  if (close) pieces.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(pieces);
}

const UPLOAD_MUTATION = 'mutation($jobId: ID!, $files: [Upload!]!, $dataset: String) { uploadDataset(jobId: $jobId, files: $files, dataset: $dataset) { id status message } }';

/** The operations and map parts of an uploadDataset request for `files`, followed by the files. */
export function uploadParts(jobId: string, files: ReadonlyArray<{ name: string; content: string | Buffer }>, dataset?: string): RawPart[] {
  return [
    { name: 'operations', content: JSON.stringify({ query: UPLOAD_MUTATION, variables: { jobId, files: files.map(() => null), dataset } }) },
    { name: 'map', content: JSON.stringify(Object.fromEntries(files.map((_, index) => [String(index), [`variables.files.${index}`]]))) },
    ...files.map((file, index) => ({ name: String(index), filename: file.name, content: file.content })),
  ];
}

export interface RawResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | string[] | undefined>;
}

export interface RawRequest {
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  /** Content-Length to declare; `null` sends the body chunked, without one. Default: the body's length. */
  readonly contentLength?: number | null;
  /** Send only this many bytes, then wait for `hangUp` (if any) and destroy the connection. */
  readonly sendOnly?: number;
  /** Called once `sendOnly` bytes are out; the connection is destroyed when it resolves. */
  readonly hangUp?: () => Promise<unknown>;
  /** Send the body in pieces of this size, yielding between them. */
  readonly pieceSize?: number;
  readonly timeoutMs?: number;
}

/**
 * POSTs to /graphql with plain node:http: a test controls every header and byte (fetch fixes the
 * length, the boundary and the framing). Resolves with the response, or with the connection error
 * ('hung up' when this side hung up on purpose).
 */
export function postRaw(url: string, options: RawRequest): Promise<RawResponse | { error: string }> {
  return new Promise((resolve) => {
    const length = options.contentLength === undefined ? options.body.length : options.contentLength;
    const headers: Record<string, string> = { ...options.headers };
    if (length !== null) headers['content-length'] = String(length);
    const req = request(`${url}/graphql`, { method: 'POST', headers, timeout: options.timeoutMs ?? 30_000 });
    let settled = false;
    const settle = (value: RawResponse | { error: string }): void => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    req.on('timeout', () => {
      settle({ error: 'timed out' });
      req.destroy();
    });
    req.on('error', (error) => settle({ error: error.message }));
    req.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => settle({ status: response.statusCode ?? 0, body, headers: response.headers }));
      response.on('error', (error) => settle({ error: error.message }));
    });
    void (async () => {
      const total = options.sendOnly ?? options.body.length;
      const piece = options.pieceSize ?? 64 * 1024;
      for (let offset = 0; offset < total && !req.destroyed; offset += piece) {
        const chunk = options.body.subarray(offset, Math.min(total, offset + piece));
        if (!req.write(chunk)) await new Promise((resume) => req.once('drain', resume));
        if (options.pieceSize) await new Promise((resume) => setTimeout(resume, 1));
      }
      if (options.sendOnly === undefined) {
        req.end();
        return;
      }
      await options.hangUp?.();
      settle({ error: 'hung up' });
      req.destroy();
    })();
  });
}
