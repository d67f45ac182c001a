import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, authorizationHeaders, readGraphqlAnswer, sessionToken, type GraphqlResponse } from './client';
import { buildMultipartBody, type NamedBlob } from './multipart';

export interface UploadCallbacks {
  /** Bytes of the request body sent so far, and their total. */
  readonly onProgress?: (sent: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * Sends files with a typed mutation as a GraphQL multipart request. XMLHttpRequest rather than fetch:
 * only it reports upload progress. `Apollo-Require-Preflight` satisfies Apollo's CSRF prevention.
 */
export function sendMultipart<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentString<Result, Variables>,
  variables: Omit<Variables, 'files'>,
  files: readonly NamedBlob[],
  { onProgress, signal }: UploadCallbacks = {},
): Promise<Result> {
  const token = sessionToken();
  return new Promise<Result>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.responseType = 'json';
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    for (const [name, value] of Object.entries(authorizationHeaders(token))) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : 0));
    xhr.addEventListener('load', () => {
      try {
        resolve(readGraphqlAnswer({ status: xhr.status, statusText: xhr.statusText, body: xhr.response as GraphqlResponse<Result> | null }, token));
      } catch (error) {
        reject(error);
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError('The upload was interrupted: the Marketlens API cannot be reached.')));
    xhr.addEventListener('abort', () => reject(new ApiError('The upload was cancelled.', 'ABORTED')));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(buildMultipartBody(document.toString(), variables, files));
  });
}
