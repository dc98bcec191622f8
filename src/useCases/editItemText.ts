/** Replacing an item file with text a person edited: checked like `validate` does, and never over a newer version. */
import path from 'node:path';
import { ProfileError } from '../errors.js';
import { parseFrontMatterFile } from '../frontMatter/frontMatter.js';
import { checkItemFields, itemSchemas } from '../model/itemSchemas.js';
import type { Item } from '../model/items.js';
import { formatIsoDate, parsePartialDate } from '../model/partialDate.js';
import { resolveItemId } from '../model/resolveItemId.js';
import { findUnknownFields, unknownFieldProblem } from '../model/unknownFields.js';
import { type Problem, problemFromError } from '../problems.js';
import { assertProfileFolder, type ItemFileRef, listItemFiles, readItemText } from '../store/itemFileList.js';
import { replaceItemFile } from '../store/itemFiles.js';
import { withProfileLock } from '../store/profileLock.js';

export interface ItemText {
  ref: ItemFileRef;
  text: string;
}

/** The item `query` names and its text as it is now, even when the file is invalid (editing is how it gets fixed). */
export async function readItemForEditing(dir: string, query: string, displayDir = dir): Promise<ItemText> {
  await assertProfileFolder(dir, displayDir);
  const ref = resolveItemId(await listItemFiles(dir), query);
  return { ref, text: await readItemText(dir, ref.file, displayDir) };
}

/** The problems `text` would have as the file of `ref`: errors block saving, warnings (unknown fields) do not. */
export function checkItemText(ref: ItemFileRef, text: string, displayDir: string): Problem[] {
  const file = path.join(displayDir, ref.file);
  let parsed: ReturnType<typeof parseFrontMatterFile>;
  try {
    parsed = parseFrontMatterFile(text, file);
  } catch (error) {
    if (error instanceof ProfileError) return [problemFromError(error, file)];
    throw error;
  }
  const problems: Problem[] = findUnknownFields(itemSchemas[ref.kind], parsed.data).map((field) =>
    unknownFieldProblem(field, file, parsed.lineOf(field.path)),
  );
  const check = checkItemFields(ref.kind, parsed.data);
  if (!check.ok) {
    for (const issue of check.issues) {
      problems.push({ severity: 'error', file, ...lineAt(parsed.lineOf(issue.path) ?? 1), message: issue.message });
    }
  }
  return problems;
}

/**
 * Writes `text` as the item's file if it is valid and the file still holds `original`: someone may have
 * changed it while the editor was open, and their change is not thrown away.
 */
export async function replaceItemText(
  dir: string,
  ref: ItemFileRef,
  original: string,
  text: string,
  displayDir = dir,
): Promise<Item> {
  const errors = checkItemText(ref, text, displayDir).filter((problem) => problem.severity === 'error');
  const first = errors[0];
  if (first) throw new ProfileError(first.message, { file: first.file, ...lineAt(first.line) });
  return withProfileLock(dir, async () => {
    const current = await readItemText(dir, ref.file, displayDir);
    if (current !== original) {
      throw new ProfileError('the file was changed by something else while you edited it; nothing was written', {
        file: path.join(displayDir, ref.file),
        hint: `run \`profile edit ${ref.id}\` again`,
      });
    }
    const canonical = withCanonicalDate(text);
    await replaceItemFile(dir, ref.file, canonical);
    const parsed = parseFrontMatterFile(canonical, ref.file);
    const check = checkItemFields(ref.kind, parsed.data);
    const fields = check.ok ? check.fields : {};
    return { kind: ref.kind, id: ref.id, file: ref.file, body: parsed.body.trim(), fields } as Item;
  });
}

/**
 * The text with a top-level `date: 2025.7` written `date: "2025-07"`, as every command stores dates;
 * the rest is kept exactly as the person wrote it. A line it cannot read with certainty is left alone.
 */
export function withCanonicalDate(text: string): string {
  const parsed = parseFrontMatterFile(text, '');
  const raw = parsed.data.date;
  if (typeof raw !== 'string' && typeof raw !== 'number') return text;
  const date = parsePartialDate(String(raw));
  if (!date.ok || formatIsoDate(date.date) === String(raw)) return text;
  const line = parsed.lineOf(['date']);
  const lines = text.split('\n');
  const written = line === undefined ? undefined : lines[line - 1];
  const plain = new RegExp(`^date:[ \\t]*(["']?)${escapeRegExp(String(raw))}\\1[ \\t]*(\\r?)$`);
  const match = written === undefined ? null : plain.exec(written);
  if (line === undefined || !match) return text;
  lines[line - 1] = `date: "${formatIsoDate(date.date)}"${match[2] ?? ''}`;
  return lines.join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function lineAt(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}
