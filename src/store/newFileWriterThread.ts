/**
 * New files written by a thread of their own while the caller goes on making the next ones. A first import of 10,000
 * publications spends about as long in the kernel creating the files (open, write, close) as it spends serializing
 * them; on a second core the two overlap. Each file is created as writeNewFileSync creates it: O_EXCL (never over a
 * file that exists), every byte written, removed again when a write fails. The first failure stops the thread, and
 * `finish` throws it as the file system's error, naming the file.
 */
import { Worker } from 'node:worker_threads';

export interface NewFileWriterOptions {
  mode: number;
  fsync: boolean;
}

// CommonJS run by the thread (`eval`): it needs nothing but node:fs, so that it starts in a few milliseconds and works
// the same from the bundle and from the sources (tests).
const threadCode = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { mode, fsync } = workerData;
let failed = false;
function removeQuietly(file) { try { fs.unlinkSync(file); } catch {} }
function writeNew(file, text) {
  const bytes = Buffer.from(text, 'utf8');
  const fd = fs.openSync(file, 'wx', mode);
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
      if (!(written > 0)) {
        throw Object.assign(new Error('ENOSPC: the file system took ' + offset + ' of ' + bytes.length + ' bytes'), {
          code: 'ENOSPC', syscall: 'write',
        });
      }
      offset += written;
    }
    if (fsync) fs.fsyncSync(fd);
  } catch (error) {
    try { fs.closeSync(fd); } catch {}
    removeQuietly(file);
    throw error;
  }
  try { fs.closeSync(fd); } catch (error) { removeQuietly(file); throw error; }
}
parentPort.on('message', (batch) => {
  if (batch === null) {
    if (!failed) parentPort.postMessage({ ok: true });
    return;
  }
  if (failed) return;
  for (const [file, text] of batch) {
    try {
      writeNew(file, text);
    } catch (error) {
      failed = true;
      parentPort.postMessage({
        ok: false, file, message: String(error && error.message), code: error && error.code,
        errno: error && error.errno, syscall: error && error.syscall,
      });
      return;
    }
  }
});
`;

// Files per message: enough that posting costs little, few enough that the thread starts early.
const batchSize = 64;

export class NewFileWriterThread {
  private readonly worker: Worker;
  private batch: [string, string][] = [];
  private readonly outcome: Promise<void>;

  constructor(options: NewFileWriterOptions) {
    this.worker = new Worker(threadCode, { eval: true, workerData: options, stdout: false, stderr: false });
    this.outcome = new Promise<void>((resolve, reject) => {
      this.worker.once('message', (message: ThreadMessage) => {
        if (message.ok) resolve();
        else reject(fileSystemError(message));
      });
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`the file writer thread ended (${code})`)));
    });
    // Until `finish` is awaited, a failure waits there; it must not count as unhandled meanwhile.
    this.outcome.catch(() => undefined);
  }

  /** Queues a new file: `file` (absolute) must not exist; it is written soon after, in the order given. */
  write(file: string, text: string): void {
    this.batch.push([file, text]);
    if (this.batch.length >= batchSize) this.flush();
  }

  /** Waits until every queued file is written, or throws the first failure; the thread ends either way. */
  async finish(): Promise<void> {
    this.flush();
    this.worker.postMessage(null);
    try {
      await this.outcome;
    } finally {
      await this.worker.terminate();
    }
  }

  /** Ends the thread at once (the caller failed): a file being written may be left, which the caller removes. */
  async abort(): Promise<void> {
    this.batch = [];
    await this.worker.terminate();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage(this.batch);
    this.batch = [];
  }
}

interface ThreadMessage {
  ok: boolean;
  file?: string;
  message?: string;
  code?: string;
  errno?: number;
  syscall?: string;
}

/** The thread's failure as the error the file system call threw (`code`, `syscall`, `path`), so callers treat it alike. */
function fileSystemError(message: ThreadMessage): NodeJS.ErrnoException {
  return Object.assign(new Error(message.message ?? 'cannot write'), {
    ...(message.code === undefined ? {} : { code: message.code }),
    ...(message.errno === undefined ? {} : { errno: message.errno }),
    ...(message.syscall === undefined ? {} : { syscall: message.syscall }),
    ...(message.file === undefined ? {} : { path: message.file }),
  });
}
