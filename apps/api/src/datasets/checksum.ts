import { createHash } from 'node:crypto';
import type { DatasetFile } from '@marketlens/ingest';

/** SHA-256 over the files of an upload, streamed; the same content gives the same checksum. */
export async function checksumOf(files: readonly DatasetFile[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    for await (const chunk of file.open()) hash.update(chunk as Buffer);
    hash.update('\u0000');
  }
  return hash.digest('hex');
}
