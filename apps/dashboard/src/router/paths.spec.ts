import { describe, expect, it } from 'vitest';
import { loginHref, matchRoute, safeNext } from './paths';

describe('matchRoute', () => {
  it('names the route of each known path, with or without a trailing slash', () => {
    expect(matchRoute('/')).toBe('marketShare');
    expect(matchRoute('/datasets')).toBe('datasets');
    expect(matchRoute('/effects')).toBe('effects');
    expect(matchRoute('/network/')).toBe('network');
    expect(matchRoute('/datasets/')).toBe('datasets');
    expect(matchRoute('/login')).toBe('login');
    expect(matchRoute('/overview')).toBe('overview');
    expect(matchRoute('/forecasts/')).toBe('forecasts');
  });

  it('matches nothing else', () => {
    expect(matchRoute('/dataset')).toBeNull();
    expect(matchRoute('/datasets/extra')).toBeNull();
    expect(matchRoute('/Datasets')).toBeNull();
    expect(matchRoute('')).toBeNull();
  });
});

describe('safeNext', () => {
  it('keeps a path of this site, with its query', () => {
    expect(safeNext('/datasets')).toBe('/datasets');
    expect(safeNext('/datasets?tab=1')).toBe('/datasets?tab=1');
  });

  it('refuses other sites, protocol-relative and backslash tricks, and the login page', () => {
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'datasets', '/login', '/login?next=/x', null, undefined, '']) {
      expect(safeNext(bad)).toBe('/');
    }
  });
});

describe('loginHref', () => {
  it('comes back to where the user was', () => {
    expect(loginHref('/datasets')).toBe('/login?next=%2Fdatasets');
    expect(loginHref('/')).toBe('/login');
  });

  it('says when a session expired', () => {
    expect(loginHref('/datasets', true)).toBe('/login?next=%2Fdatasets&reason=expired');
  });
});
