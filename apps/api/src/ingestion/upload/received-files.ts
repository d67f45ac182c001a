import { PassThrough, type Readable } from 'node:stream';
import type { FileUpload } from './graphql-upload.js';
import { uploadInputError } from './upload-failure.js';
import type { ArrivedFile } from './uploaded-files.js';

/** A file name without control characters: they have no place in one, and PostgreSQL's jsonb refuses NUL. */
// eslint-disable-next-line no-control-regex -- telling control characters apart is the point
export const WITHOUT_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;
const MAX_NAME_LENGTH = 255;

export interface UnusableFiles {
  readonly message: string;
  /** The client's mistake in the request itself (a bad name), as opposed to a file that never came. */
  readonly badRequest: boolean;
}

/**
 * The files of one multipart request. Every upload promise is settled first, so none is left
 * unawaited however the resolver ends; every stream opened from them has its errors handled (an
 * oversized or cut-off file fails its job, never the process) and is closed by close(), after which
 * graphql-upload removes the temporary files.
 */
export class ReceivedFiles {
  private readonly streams = new Set<Readable>();

  private constructor(
    private readonly settled: ReadonlyArray<PromiseSettledResult<FileUpload>>,
    private readonly maxBytes: number,
  ) {}

  static async settle(files: ReadonlyArray<Promise<FileUpload>>, maxBytes: number): Promise<ReceivedFiles> {
    return new ReceivedFiles(await Promise.allSettled(files), maxBytes);
  }

  /** Why these files cannot be staged, if they cannot. */
  unusable(): UnusableFiles | undefined {
    const count = this.settled.length;
    for (const [index, result] of this.settled.entries()) {
      if (result.status === 'rejected') {
        const status = (result.reason as { status?: unknown } | undefined)?.status;
        const message = status === 400 ? `file ${index + 1} of ${count} named in the request was never sent; nothing was stored` : uploadInputError(result.reason, this.maxBytes).message;
        return { message, badRequest: false };
      }
      const name = result.value.filename;
      if (!WITHOUT_CONTROL_CHARACTERS.test(name)) return { message: `file name ${JSON.stringify(name)} contains a control character; rename the file`, badRequest: true };
      if (name.length > MAX_NAME_LENGTH) return { message: `file name ${JSON.stringify(name.slice(0, 40))}… is longer than ${MAX_NAME_LENGTH} characters`, badRequest: true };
    }
    return undefined;
  }

  files(): ArrivedFile[] {
    return this.settled.flatMap((result) => (result.status === 'fulfilled' ? [{ name: result.value.filename, open: () => this.open(result.value) }] : []));
  }

  /** Closes every stream still open, so the temporary files can go. */
  close(): void {
    for (const stream of this.streams) stream.destroy();
  }

  private open(file: FileUpload): Readable {
    let source: Readable;
    try {
      source = file.createReadStream();
    } catch (error) {
      throw uploadInputError(error, this.maxBytes);
    }
    const stream = new PassThrough();
    // The reader sees the error through its iteration; until one reads, the error must not go unheard.
    stream.on('error', () => undefined);
    source.on('error', (error) => stream.destroy(uploadInputError(error, this.maxBytes)));
    stream.on('close', () => {
      source.destroy();
      this.streams.delete(stream);
    });
    this.streams.add(stream);
    return source.pipe(stream);
  }
}
