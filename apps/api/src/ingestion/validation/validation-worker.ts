import { readHeader } from '@marketlens/ingest';
import { Readable } from 'node:stream';
import type { MessagePort } from 'node:worker_threads';
import { UploadValidator } from './upload-validator.js';
import type { FromWorker, HeaderResult, ToWorker, ValidationTask } from './validation-protocol.js';

/** Messages from the receiving thread, taken one at a time. */
class Inbox {
  private readonly queue: ToWorker[] = [];
  private waiting: ((message: ToWorker) => void) | undefined;

  constructor(port: MessagePort) {
    port.on('message', (message: ToWorker) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (waiting) waiting(message);
      else this.queue.push(message);
    });
  }

  next(): Promise<ToWorker> {
    const queued = this.queue.shift();
    return queued ? Promise.resolve(queued) : new Promise((resolve) => (this.waiting = resolve));
  }

  /** The next command, skipping a piece of a file that validation stopped reading early. */
  async nextCommand(): Promise<Extract<ToWorker, { type: 'resource' | 'close' }>> {
    for (;;) {
      const message = await this.next();
      if (message.type === 'resource' || message.type === 'close') return message;
    }
  }
}

const send = (port: MessagePort, message: FromWorker): void => port.postMessage(message);

/** A file's bytes as a stream that asks the receiving thread for each next piece. */
function pulledFile(port: MessagePort, inbox: Inbox): Readable {
  return new Readable({
    read() {
      send(port, { type: 'more' });
      void inbox.next().then((message) => {
        if (message.type === 'chunk') this.push(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength));
        else this.push(null);
      });
    },
  });
}

/** One task of the validation pool: read a file's header, or validate an upload's resources in order. */
export default async function validationTask(task: ValidationTask): Promise<HeaderResult | null> {
  const { port } = task;
  const inbox = new Inbox(port);
  try {
    if (task.job === 'header') return await readHeader(pulledFile(port, inbox), task.file);
    const validator = new UploadValidator(task.context);
    for (let command = await inbox.nextCommand(); command.type === 'resource'; command = await inbox.nextCommand()) {
      for await (const batch of validator.validate(pulledFile(port, inbox), command.kind, command.file)) send(port, { type: 'batch', batch });
      send(port, { type: 'resource-done' });
    }
    return null;
  } finally {
    port.close();
  }
}
