import { describe, expect, it } from 'vitest';
import { describeSafely } from './last-resort.js';

describe('describing an uncaught error for the log', () => {
  it('keeps name, code, message and stack, and drops every other property', () => {
    const error = Object.assign(new TypeError('socket hang up'), { code: 'ECONNRESET', config: { headers: { authorization: 'Bearer abc' } } });
    const described = describeSafely(error);
    expect(Object.keys(described).sort()).toEqual(['code', 'message', 'stack', 'type']);
    expect(described).toMatchObject({ type: 'TypeError', code: 'ECONNRESET', message: 'socket hang up' });
  });

  it('scrubs bearer tokens, bare JWTs and URL passwords from the text', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nature_1';
    const { message, stack } = describeSafely(new Error(`Authorization: Bearer abc.def-ghi, token ${jwt}, postgres://app:p%40ss@db:5432/x`));
    expect(message).toBe('Authorization: Bearer [redacted], token [redacted token], postgres://app:***@db:5432/x');
    expect(stack).not.toMatch(/abc\.def|sig-nature|p%40ss/);
  });

  it('describes a rejection with something other than an Error', () => {
    expect(describeSafely('redis://:hunter2@cache:6379 refused')).toEqual({ type: 'string', message: 'redis://:***@cache:6379 refused' });
  });
});
