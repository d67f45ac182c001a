import { describe, expect, it } from 'vitest';
import { fileSlug } from './download';
import { wrapText } from './exportable-svg';

describe('wrapText', () => {
  it('breaks at spaces within the width, and splits a word longer than a line', () => {
    expect(wrapText('Source: Jupiter Media Metrix, 2001-11-14', 16)).toEqual(['Source: Jupiter', 'Media Metrix,', '2001-11-14']);
    expect(wrapText('https://www.internetnews.com/research/', 12)).toEqual(['https://www.', 'internetnews', '.com/researc', 'h/']);
  });
});

describe('fileSlug', () => {
  it('keeps letters and digits, joined by dashes', () => {
    expect(fileSlug('Unique users at home, US — Jupiter Media Metrix, 2001-11-14')).toBe('unique-users-at-home-us-jupiter-media-metrix-2001-11-14');
    expect(fileSlug('<script>')).toBe('script');
    expect(fileSlug('—')).toBe('chart');
  });
});
