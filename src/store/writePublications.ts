/** Writes many publication files at once (an import): new ones under unique names, changed ones in place. */
import path from 'node:path';
import { parseFrontMatterFile } from '../frontMatter/frontMatter.js';
import { serializeItemFile } from '../frontMatter/itemFile.js';
import { publicationSchema } from '../model/itemFieldSchemas.js';
import { readItemText } from './itemFileList.js';
import { createItemFiles, removeItemFile, replaceItemFileUndoably, type UndoableReplacement } from './itemFiles.js';

export type PublicationWrite =
  | { kind: 'create'; stem: string; data: Readonly<Record<string, unknown>>; body: string }
  | { kind: 'replace'; file: string; data: Readonly<Record<string, unknown>>; body: string };

// Enough to keep the file system busy; more only queues in libuv's thread pool.
const parallelWrites = 8;

/** The texts the import was planned from (see loadProfile's `keepTexts`): a file that no longer holds its text is not replaced. */
export interface PlannedFrom {
  texts: ReadonlyMap<string, string>;
  /** How the profile folder is named in messages. */
  displayDir: string;
}

/**
 * Writes each planned file, without an fsync per file (thousands of them cost seconds); each write is still
 * atomic. `onWritten` gets the id and file a created publication finally got (`-2` when its name was taken).
 * All or nothing: when a write fails (a full disk), the files created are removed and the ones replaced are put
 * back before the error is thrown, so that a failed import changes nothing. With `plannedFrom`, a file another
 * program saved since the profile was read is such a failure: its change is kept, and nothing is written.
 */
export async function writePublications(
  dir: string,
  writes: readonly PublicationWrite[],
  onWritten: (index: number, written: { id: string; file: string }) => void = () => {},
  plannedFrom?: PlannedFrom,
): Promise<void> {
  const creates = writes.flatMap((write, index) => (write.kind === 'create' ? [{ write, index }] : []));
  const created = await createItemFiles(
    dir,
    'publication',
    // Each text is made as its file is written: on the writer thread, the disk's work overlaps the next one's making.
    creates.map(({ write }) => ({ stem: write.stem, text: () => serializeItemFile(write.data, write.body) })),
    { fsync: false },
  );

  const replaces = writes.flatMap((write, index) => (write.kind === 'replace' ? [{ write, index }] : []));
  const replaced: UndoableReplacement[] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < replaces.length) {
      const { write, index } = replaces[next++] as {
        write: Extract<PublicationWrite, { kind: 'replace' }>;
        index: number;
      };
      try {
        const before = plannedFrom?.texts.get(write.file);
        const kept = fieldsOutsideTheFormat(before ?? (await readItemText(dir, write.file)), write.file);
        const text = serializeItemFile({ ...write.data, ...kept }, write.body);
        const expected =
          before === undefined || plannedFrom === undefined
            ? undefined
            : {
                text: before,
                display: path.join(plannedFrom.displayDir, write.file),
                hint: 'run the import again; it starts from the file as it is now',
              };
        replaced.push(
          await replaceItemFileUndoably(dir, write.file, text, { fsync: false, ...(expected ? { expected } : {}) }),
        );
      } catch (error) {
        failed = true;
        throw error;
      }
      onWritten(index, { id: `pub/${write.file.replace(/^publications\/|\.md$/g, '')}`, file: write.file });
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(parallelWrites, replaces.length) }, worker));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) {
    for (const { file } of created) await removeItemFile(dir, file).catch(() => undefined);
    for (const replacement of replaced) await replacement.undo().catch(() => undefined);
    throw failure.reason;
  }
  for (const replacement of replaced) await replacement.commit();
  for (const [at, written] of created.entries()) onWritten((creates[at] as { index: number }).index, written);
}

/** Fields of the file this format does not know (the loader drops them with a warning); a rewrite keeps them. */
function fieldsOutsideTheFormat(text: string, file: string): Record<string, unknown> {
  const parsed = parseFrontMatterFile(text, file);
  const known = new Set(Object.keys(publicationSchema.entries));
  return Object.fromEntries(Object.entries(parsed.data).filter(([field]) => !known.has(field)));
}
