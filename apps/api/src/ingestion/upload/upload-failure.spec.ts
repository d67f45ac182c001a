import { describe, expect, it } from 'vitest';
import { failureMessage, isDatabaseUnreachable, UploadInputError, uploadInputError } from './upload-failure.js';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe('why an upload failed, in words', () => {
  it('tells a file too large, a connection cut, and a malformed request apart', () => {
    expect(uploadInputError(Object.assign(new Error('File truncated as it exceeds the 4194304 byte size limit.'), { status: 413 }), 4 * 1024 * 1024).message).toBe('a file is larger than the upload limit of 4 MB');
    expect(uploadInputError(Object.assign(new Error('Request disconnected during file upload stream parsing.'), { status: 499 }), 1).message).toMatch(/^the upload was cut off before its end \(the connection closed\)/);
    expect(uploadInputError(new Error('Unexpected end of form'), 1).message).toBe('the multipart request is malformed (Unexpected end of form); nothing was stored');
  });

  it('recognises the database going away however it shows', () => {
    const lost = [
      withCode('terminating connection due to administrator command', '57P01'),
      new Error('Connection terminated unexpectedly'),
      withCode('write EPIPE', 'EPIPE'),
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      { driverError: withCode('the database system is starting up', '57P03') },
    ];
    for (const error of lost) expect(isDatabaseUnreachable(error), String((error as Error).message)).toBe(true);
    expect(failureMessage(withCode('write EPIPE', 'EPIPE'))).toMatch(/^the database could not be reached/);
    expect(failureMessage(new UploadInputError('a file is larger than the upload limit of 4 MB'))).toBe('a file is larger than the upload limit of 4 MB');
    expect(failureMessage(new TypeError('x is undefined'))).toBe('an internal error stopped the upload; nothing was stored');
  });
});
