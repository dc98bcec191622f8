/**
 * How the page wrote its hidden items and hidden text: a one-line comment (`<!-- {hidden} -->`) right under the line
 * before it, recorded as a page section's `hiddenForm` (and `blankBefore: false`) so the export writes it so again.
 */
import { hiddenFormOf, hiddenPlaceholder } from '../../model/hiddenForm.js';
import { itemSeparator } from '../../model/lineLayout.js';
import { defaultLayouts, parsePageLayout } from '../../model/pageLayouts.js';
import { writeInHiddenForm } from '../../render/hiddenForm.js';
import type { SourcedEntry } from '../readEntries/importedItems.js';
import type { ReadUnit } from '../readEntries/sectionReading.js';
import type { CommentBlock } from '../readPage/pageBlocks.js';
import type { SectionRead } from './sectionReads.js';

/**
 * How the list's hidden items were written: `hiddenForm`, the one form every hidden item alone among the items shares,
 * when the page wrote each so at the gap the list's items have (a blank line or none); and `hiddenRuns: lines` when
 * every run of several hidden items was written one item per comment of that form, line after line, after a blank
 * line. Nothing when a hidden item is in a comment of its own lines (the default form).
 */
export function listHiddenForm(
  read: SectionRead,
  lineText: (line: number) => string,
): { hiddenForm?: string; hiddenRuns?: 'lines' } {
  if (!read.listKind || !read.run) return {};
  const parsed = parsePageLayout(read.listKind, read.layout ?? defaultLayouts[read.listKind]);
  if (!parsed.ok) return {};
  const blankGap = itemSeparator(parsed.layout) === '\n\n';
  const forms = new Set<string | undefined>();
  let runs = 0;
  let blockRuns = false;
  const { first, last } = read.run;
  const units = read.read.slice(first, last + 1);
  const hidden = (index: number) => units[index]?.role === 'hidden-items';
  units.forEach((unit, index) => {
    if (unit.role !== 'hidden-items' || hidden(index - 1)) return;
    let end = index;
    while (hidden(end + 1)) end++;
    const run = units.slice(index, end + 1);
    const blankBefore = index > 0 && lineText(unit.unit.line - 1).trim() === '';
    const lineForms = run.map((member, at) => {
      if (member.unit.type !== 'block' || member.entries.length !== 1) return undefined;
      const adjacent = at === 0 || lineText(member.unit.line - 1).trim() !== '';
      return adjacent ? hiddenFormOf(member.unit.block.raw) : undefined;
    });
    // Several hidden items in one comment of their own lines: the default form, which a run of several keeps.
    if (run.length === 1 && unit.entries.length > 1) {
      blockRuns = true;
      return;
    }
    if (run.length === 1) {
      const gapAsWritten = index === 0 || blankBefore === blankGap;
      forms.add(gapAsWritten ? lineForms[0] : undefined);
      return;
    }
    runs++;
    // A run of several: one comment per item, line after line, after a blank line; else a comment of its own lines.
    const [form] = lineForms;
    forms.add(blankBefore && lineForms.every((each) => each !== undefined && each === form) ? form : undefined);
  });
  const [only] = forms;
  if (forms.size !== 1 || only === undefined) return {};
  return { hiddenForm: only, ...(runs > 0 && !blockRuns ? { hiddenRuns: 'lines' as const } : {}) };
}

/** A lone comment kept as a hidden text section: its one-line form, when writing `body` in it gives the comment back. */
export function textHiddenForm(
  comment: CommentBlock,
  body: string,
  lineText: (line: number) => string,
): { hiddenForm: string; blankBefore?: false } | undefined {
  const form = hiddenFormOf(comment.raw);
  if (form === undefined || writeInHiddenForm(body, form) !== comment.raw.trim()) return undefined;
  return { hiddenForm: form, ...(lineText(comment.line - 1).trim() === '' ? {} : { blankBefore: false }) };
}

/**
 * The hidden entries the page wrote alone in a one-line-form comment among the list's items, each with its Markdown
 * as written inside the comment: the export writes them with the section's layout too, so the layout is read off
 * them with the visible ones.
 */
export function hiddenEntriesWrittenAlone(read: SectionRead): { entry: SourcedEntry; written: string }[] {
  if (!read.run) return [];
  const found: { entry: SourcedEntry; written: string }[] = [];
  const { first, last } = read.run;
  read.read.slice(first, last + 1).forEach((unit, index, run) => {
    const [entry] = unit.entries;
    if (unit.role !== 'hidden-items' || unit.unit.type !== 'block' || unit.entries.length !== 1 || !entry) return;
    if (run[index - 1]?.role === 'hidden-items') return;
    const form = hiddenFormOf(unit.unit.block.raw);
    const at = form?.indexOf(hiddenPlaceholder) ?? -1;
    if (form === undefined || at < 0) return;
    const raw = unit.unit.block.raw.trim();
    found.push({ entry, written: raw.slice(at, raw.length - (form.length - at - hiddenPlaceholder.length)) });
  });
  return found;
}

/** A comment of other text the page wrote on the line right under a visible item of a list: kept right there. */
export interface NoteAfterItem {
  entry: SourcedEntry;
  /** The comment as written, `<!--` to `-->`. */
  comment: string;
  line: number;
  endLine: number;
}

/** The note a comment unit of a list's run is, when it is one comment of one line's form right under an item. */
export function noteAfterItem(unit: ReadUnit, before: ReadUnit | undefined): NoteAfterItem | undefined {
  if (unit.role !== 'hidden-text' || unit.unit.type !== 'block' || unit.unit.block.type !== 'comment') return undefined;
  const entry = before?.role === 'item' ? before.entries[before.entries.length - 1] : undefined;
  if (!entry || entry.hidden || before?.unit.endLine !== unit.unit.line - 1) return undefined;
  const block = unit.unit.block;
  if (!block.closed || block.trailing.trim() !== '' || !keptInForm(block.raw.trim())) return undefined;
  return { entry, comment: block.raw.trim(), line: unit.unit.line, endLine: unit.unit.endLine };
}

/** The comment is written back as it stands: one of the one-line form, which both engines hide right under a line. */
export function keptInForm(comment: string): boolean {
  const form = hiddenFormOf(comment);
  if (form === undefined) return false;
  const at = form.indexOf(hiddenPlaceholder);
  const inner = comment.slice(at, comment.length - (form.length - at - hiddenPlaceholder.length));
  return writeInHiddenForm(inner, form) === comment;
}
