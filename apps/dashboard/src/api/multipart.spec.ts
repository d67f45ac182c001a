import { describe, expect, it } from 'vitest';
import { buildMultipartBody, multipartParts } from './multipart';

const QUERY = 'mutation($jobId: ID!, $files: [Upload!]!) { uploadDataset(jobId: $jobId, files: $files) { id } }';

describe('multipartParts', () => {
  it('replaces each file by null and maps each part to its place in the list', () => {
    const { operations, map } = multipartParts(QUERY, { jobId: 'j1', dataset: 'panel' }, 2);
    expect(JSON.parse(operations)).toEqual({ query: QUERY, variables: { jobId: 'j1', dataset: 'panel', files: [null, null] } });
    expect(JSON.parse(map)).toEqual({ 0: ['variables.files.0'], 1: ['variables.files.1'] });
  });

  it('overrides whatever the caller put in the list variable', () => {
    const { operations } = multipartParts(QUERY, { jobId: 'j1', files: ['x'] }, 1);
    expect(JSON.parse(operations).variables.files).toEqual([null]);
  });
});

describe('buildMultipartBody', () => {
  it('sends operations, map, then the files in order, with their names', async () => {
    const form = buildMultipartBody(QUERY, { jobId: 'j1' }, [
      { name: 'observations.csv', blob: new Blob(['period,product\n']) },
      { name: 'datapackage.json', blob: new Blob(['{}']) },
    ]);
    expect([...form.keys()]).toEqual(['operations', 'map', '0', '1']);
    const first = form.get('0') as File;
    expect(first.name).toBe('observations.csv');
    expect(await first.text()).toBe('period,product\n');
    expect((form.get('1') as File).name).toBe('datapackage.json');
  });
});
