import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+1-555-0100')).toBe("'+1-555-0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
  });

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('AOL brand (AIM + AOL Buddy List + ICQ)')).toBe('AOL brand (AIM + AOL Buddy List + ICQ)');
    expect(csvCell('Jupiter Media Metrix, 2001-11-14')).toBe('"Jupiter Media Metrix, 2001-11-14"');
    expect(csvCell("'IM Race Heats Up'\n\"quoted\"")).toBe(`"'IM Race Heats Up'\n""quoted"""`);
  });

  it('writes numbers as numbers, negative ones too, and nothing for missing values', () => {
    expect(csvCell(-0.42)).toBe('-0.42');
    expect(csvCell(21500000)).toBe('21500000');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('ends every line with CRLF', () => {
    expect(toCsv(['period', 'value'], [['2001-09', 18.5], ['2000-09', null]])).toBe('period,value\r\n2001-09,18.5\r\n2000-09,\r\n');
  });
});
