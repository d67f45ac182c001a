import { describe, expect, it } from 'vitest';
import { canManageDatasets, manageRefusal } from './permissions';
import { parseStoredSession } from './session-store';

const user = (role: 'viewer' | 'researcher' | 'admin') => ({ email: `${role}@marketlens.local`, name: role, role });

describe('parseStoredSession', () => {
  it('reads back what was stored', () => {
    const session = { token: 'abc', user: user('researcher') };
    expect(parseStoredSession(JSON.stringify(session))).toEqual(session);
  });

  it('treats missing, malformed or tampered storage as logged out', () => {
    for (const text of [null, '', '{', 'null', '{"token":""}', JSON.stringify({ token: 'x', user: { ...user('viewer'), role: 'root' } }), JSON.stringify({ token: 1, user: user('viewer') })]) {
      expect(parseStoredSession(text)).toBeNull();
    }
  });
});

describe('dataset permissions', () => {
  it('let researchers and admins manage datasets', () => {
    expect(canManageDatasets(user('researcher'))).toBe(true);
    expect(canManageDatasets(user('admin'))).toBe(true);
    expect(manageRefusal(user('admin'))).toBeNull();
  });

  it('explain to viewers and visitors why they cannot', () => {
    expect(canManageDatasets(user('viewer'))).toBe(false);
    expect(canManageDatasets(null)).toBe(false);
    expect(manageRefusal(user('viewer'))).toMatch(/logged in as a viewer.*researcher or admin role/);
    expect(manageRefusal(null)).toMatch(/^Log in as a researcher or admin/);
  });
});
