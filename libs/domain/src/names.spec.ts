import { describe, expect, it } from 'vitest';
import { nameKey, slugOf } from './names.js';

describe('nameKey', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(nameKey('Yahoo! Messenger')).toBe(nameKey('yahoo   messenger'));
    expect(nameKey('MSN-Messenger')).toBe(nameKey('msn messenger'));
  });

  it('keeps names that differ in letters apart', () => {
    expect(nameKey('AIM')).not.toBe(nameKey('AOL'));
    expect(nameKey('AIM + AOL Buddy List')).not.toBe(nameKey('AIM AOL Buddy List'));
  });
});

describe('slugOf', () => {
  it('makes a readable slug', () => {
    expect(slugOf('Yahoo! Messenger')).toBe('yahoo-messenger');
    expect(slugOf('AIM + AOL Buddy List')).toBe('aim-plus-aol-buddy-list');
    expect(slugOf('Mirabilis (ICQ)')).toBe('mirabilis-icq');
  });
});
