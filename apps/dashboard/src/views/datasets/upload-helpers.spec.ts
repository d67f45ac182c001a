import { afterEach, describe, expect, it, vi } from 'vitest';
import { addFiles, describeChoice, MAX_FILES } from './chosen-files';
import { isSettled, verdict } from './job-status';
import { pollJob, type JobProgress } from './poll-job';
import { problemSummary, toProblemRows } from './problem-rows';
import { orderColumns, toPreviewTables } from './preview-tables';
import { namesOrNone, rowsPerKind } from './publish-summary';

const file = (name: string) => ({ name });

describe('addFiles', () => {
  it('keeps CSV and JSON files and refuses others by name', () => {
    const { files, refused } = addFiles([], [file('observations.CSV'), file('datapackage.json'), file('notes.txt'), file('sheet.xlsx')]);
    expect(files.map((f) => f.name)).toEqual(['observations.CSV', 'datapackage.json']);
    expect(refused).toEqual(['notes.txt is not a CSV or JSON file.', 'sheet.xlsx is not a CSV or JSON file.']);
  });

  it('replaces a chosen file by a new one of the same name', () => {
    const old = { name: 'panel.csv', version: 1 };
    const fixed = { name: 'panel.csv', version: 2 };
    expect(addFiles([old], [fixed]).files).toEqual([fixed]);
  });

  it(`holds at most ${MAX_FILES} files`, () => {
    const many = Array.from({ length: MAX_FILES + 2 }, (_, index) => file(`f${index}.csv`));
    const { files, refused } = addFiles([], many);
    expect(files).toHaveLength(MAX_FILES);
    expect(refused).toEqual([`f10.csv was left out: an upload holds at most ${MAX_FILES} files.`, `f11.csv was left out: an upload holds at most ${MAX_FILES} files.`]);
  });

  it('says what the upload will do with the choice', () => {
    expect(describeChoice([])).toBeNull();
    expect(describeChoice([file('datapackage.json')])).toMatch(/Add the CSV or JSON files/);
    expect(describeChoice([file('datapackage.json'), file('a.csv')])).toMatch(/names the dataset/);
    expect(describeChoice([file('a.csv')])).toMatch(/source column is the citation/);
  });
});

describe('toProblemRows', () => {
  it('maps each problem to plain-text cells, keeping markup in values as it was sent', () => {
    const rows = toProblemRows([
      { file: 'panel.csv', line: 3, column: 'value', value: 'abc', message: 'is not a finite number' },
      { file: 'panel.csv', line: 0, column: null, value: null, message: 'is empty' },
      { file: 'x.csv', line: 2, column: 'product', value: '<img src=x onerror=alert(1)>', message: 'is unknown' },
    ]);
    expect(rows.map(({ file, line, column, value, valueMissing, message }) => [file, line, column, value, valueMissing, message])).toEqual([
      ['panel.csv', '3', 'value', 'abc', false, 'is not a finite number'],
      ['panel.csv', 'whole file', '—', '—', true, 'is empty'],
      ['x.csv', '2', 'product', '<img src=x onerror=alert(1)>', false, 'is unknown'],
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(3);
  });

  it('summarizes the count and says when only the first ones are listed', () => {
    expect(problemSummary(0, 0)).toBe('No problems.');
    expect(problemSummary(1, 1)).toBe('1 problem found.');
    expect(problemSummary(100, 2345)).toBe('2,345 problems found; the first 100 are listed.');
  });
});

describe('toPreviewTables', () => {
  it('makes one table per file and kind, with the union of columns and empty cells for missing fields', () => {
    const tables = toPreviewTables([
      { file: 'a.csv', kind: 'observations', line: 2, values: [{ name: 'period', value: '2001' }, { name: 'value', value: '1' }] },
      { file: 'b.csv', kind: 'events', line: 2, values: [{ name: 'date', value: '2001-10-25' }] },
      { file: 'a.csv', kind: 'observations', line: 3, values: [{ name: 'period', value: '2002' }, { name: 'note', value: '<b>x</b>' }] },
    ]);
    expect(tables.map(({ file, kind, columns, rows }) => ({ file, kind, columns, rows }))).toEqual([
      { file: 'a.csv', kind: 'observations', columns: ['period', 'value', 'note'], rows: [{ line: 2, cells: ['2001', '1', ''] }, { line: 3, cells: ['2002', '', '<b>x</b>'] }] },
      { file: 'b.csv', kind: 'events', columns: ['date'], rows: [{ line: 2, cells: ['2001-10-25'] }] },
    ]);
  });
});

describe('orderColumns', () => {
  it('puts the API’s jsonb-ordered keys back in the documented column order, unknown ones last', () => {
    expect(orderColumns(['note', 'unit', 'value', 'metric', 'period', 'source', 'vendor', 'product', 'segment', 'geography', 'originalUnit', 'extra', 'originalValue'])).toEqual([
      'period', 'product', 'vendor', 'metric', 'value', 'unit', 'originalValue', 'originalUnit', 'segment', 'geography', 'source', 'note', 'extra',
    ]);
  });
});

describe('publish summary', () => {
  it('counts rows per kind and lists new names', () => {
    expect(rowsPerKind([{ kind: 'observations', count: 12 }, { kind: 'events', count: 1 }, { kind: 'predictions', count: 0 }])).toBe('12 observations, 1 event');
    expect(rowsPerKind([])).toBe('no rows');
    expect(namesOrNone([])).toBe('none');
    expect(namesOrNone(['Trillian', 'Cerulean Studios'])).toBe('Trillian, Cerulean Studios');
  });
});

describe('pollJob', () => {
  afterEach(() => vi.useRealTimers());

  const progress = (status: JobProgress['status'], rowsValidated: number): JobProgress => ({ id: 'j', status, bytesReceived: 0, bytesTotal: null, rowsValidated });

  it('polls every interval until the job settles', async () => {
    vi.useFakeTimers();
    const answers = [progress('created', 0), progress('receiving', 500), progress('validated', 900)];
    const fetchProgress = vi.fn(async () => answers.shift()!);
    const seen: number[] = [];
    pollJob({ fetchProgress, onProgress: (p) => seen.push(p.rowsValidated), intervalMs: 300 });
    await vi.advanceTimersByTimeAsync(299);
    expect(fetchProgress).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3000);
    expect(seen).toEqual([0, 500, 900]);
    expect(fetchProgress).toHaveBeenCalledTimes(3);
    expect(isSettled('validated')).toBe(true);
  });

  it('skips a failed poll, and stops when told', async () => {
    vi.useFakeTimers();
    const fetchProgress = vi.fn().mockRejectedValueOnce(new Error('network')).mockResolvedValue(progress('receiving', 7));
    const seen: number[] = [];
    const stop = pollJob({ fetchProgress, onProgress: (p) => seen.push(p.rowsValidated) });
    await vi.advanceTimersByTimeAsync(650);
    expect(seen).toEqual([7]);
    stop();
    await vi.advanceTimersByTimeAsync(3000);
    expect(fetchProgress).toHaveBeenCalledTimes(2);
  });
});

describe('verdict', () => {
  const job = (status: JobProgress['status'], message: string | null, rowsValidated = 0) => ({ status, message, rowsValidated });

  it('puts the status before the server’s sentence, once', () => {
    expect(verdict(job('rejected', '1 problem; nothing was stored'))).toBe('Rejected: 1 problem; nothing was stored.');
    expect(verdict(job('published', 'published as version 2 of im-usage'))).toBe('Published as version 2 of im-usage.');
    expect(verdict(job('unchanged', 'identical to version 1 of x: nothing changed'))).toBe('Unchanged: identical to version 1 of x: nothing changed.');
    expect(verdict(job('failed', null))).toBe('The upload failed: nothing was stored.');
  });

  it('counts the rows of a valid upload', () => {
    expect(verdict(job('validated', null, 1234))).toBe('Valid: 1,234 rows checked, ready to publish.');
    expect(verdict(job('validated', null, 1))).toBe('Valid: 1 row checked, ready to publish.');
  });
});
