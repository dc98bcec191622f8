/** Writes many publication files at once (an import): new ones under unique names, changed ones in place. */
import { publicationSchema } from '../model/schema.js';
import { parseFrontMatterFile } from './frontMatter.js';
import { serializeItemFile } from './itemFile.js';
import { readItemText } from './itemFileList.js';
import { createItemFiles, replaceItemFile } from './itemFiles.js';

export type PublicationWrite =
  | { kind: 'create'; stem: string; data: Readonly<Record<string, unknown>>; body: string }
  | { kind: 'replace'; file: string; data: Readonly<Record<string, unknown>>; body: string };

// Enough to keep the file system busy; more only queues in libuv's thread pool.
const parallelWrites = 8;

/**
 * Writes each planned file, without an fsync per file (thousands of them cost seconds); each write is still
 * atomic. `onWritten` gets the id and file a created publication finally got (`-2` when its name was taken).
 */
export async function writePublications(
  dir: string,
  writes: readonly PublicationWrite[],
  onWritten: (index: number, written: { id: string; file: string }) => void = () => {},
): Promise<void> {
  const creates = writes.flatMap((write, index) => (write.kind === 'create' ? [{ write, index }] : []));
  const created = await createItemFiles(
    dir,
    'publication',
    creates.map(({ write }) => ({ stem: write.stem, text: serializeItemFile(write.data, write.body) })),
    { fsync: false },
  );
  for (const [at, written] of created.entries()) onWritten((creates[at] as { index: number }).index, written);

  const replaces = writes.flatMap((write, index) => (write.kind === 'replace' ? [{ write, index }] : []));
  let next = 0;
  const worker = async () => {
    while (next < replaces.length) {
      const { write, index } = replaces[next++] as {
        write: Extract<PublicationWrite, { kind: 'replace' }>;
        index: number;
      };
      const kept = await fieldsOutsideTheFormat(dir, write.file);
      await replaceItemFile(dir, write.file, serializeItemFile({ ...write.data, ...kept }, write.body), {
        fsync: false,
      });
      onWritten(index, { id: `pub/${write.file.replace(/^publications\/|\.md$/g, '')}`, file: write.file });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelWrites, replaces.length) }, worker));
}

/** Fields of the file this format does not know (the loader drops them with a warning); a rewrite keeps them. */
async function fieldsOutsideTheFormat(dir: string, file: string): Promise<Record<string, unknown>> {
  const parsed = parseFrontMatterFile(await readItemText(dir, file), file);
  const known = new Set(Object.keys(publicationSchema.entries));
  return Object.fromEntries(Object.entries(parsed.data).filter(([field]) => !known.has(field)));
}
