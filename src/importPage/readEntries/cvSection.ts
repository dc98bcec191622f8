/**
 * An Education, Experience, Awards or Teaching section read as CV items: each list item, paragraph line, table row
 * and comment (hidden items) that reads as one item of the section's kind, and a note for each one that does not
 * (it stays text: the section is kept as written either way).
 */

import { withoutLineBreakAtEnd } from '../../model/lineBreakAtEnd.js';
import { preview } from '../readPage/inlineMarkdown.js';
import { type CommentBlock, splitBlocks } from '../readPage/pageBlocks.js';
import { type SectionUnit, sectionUnits } from '../readPage/pageSections.js';
import { type CvEntry, parseCvEntry, parseCvRow } from './cvEntries.js';
import type { PageCvKind } from './cvHeadings.js';
import type { SourcedEntry } from './importedItems.js';

export interface CvSectionRead {
  entries: SourcedEntry<CvEntry>[];
  /** Each line the report names as not read: it stays in the section's text, and makes no item. */
  notes: string[];
}

const entryWords: Readonly<Record<PageCvKind, string>> = {
  education: 'an education entry',
  position: 'a position',
  award: 'an award',
  teaching: 'a teaching entry',
};

export function readCvSection(units: readonly SectionUnit[], cvKind: PageCvKind): CvSectionRead {
  const entries: SourcedEntry<CvEntry>[] = [];
  const unread: string[] = [];
  for (const unit of units) {
    const read = unitEntries(unit, cvKind, false);
    entries.push(...read.entries);
    for (const { line, text } of read.unread) {
      unread.push(`line ${line} is not read as ${entryWords[cvKind]}; it stays text only: ${preview(text)}`);
    }
  }
  return { entries, notes: unread };
}

interface UnitRead {
  entries: SourcedEntry<CvEntry>[];
  unread: { line: number; text: string }[];
}

function unitEntries(unit: SectionUnit, cvKind: PageCvKind, hidden: boolean): UnitRead {
  if (unit.type === 'item') return one(unit.item.text, unit.line, unit.endLine, cvKind, hidden);
  const block = unit.block;
  switch (block.type) {
    case 'paragraph': {
      // Lines ended by `<br>`, a backslash or two spaces are one item each.
      const lines = block.raw.split('\n').map(withoutLineBreakAtEnd);
      const read = lines.map((line, index) => one(line, block.line + index, block.line + index, cvKind, hidden));
      if (read.every((lineRead) => lineRead.entries.length > 0)) return merged(read);
      return lines.length === 1
        ? (read[0] as UnitRead)
        : { entries: [], unread: [{ line: block.line, text: block.raw }] };
    }
    case 'table': {
      // The first row is the header: it tells what each column holds.
      const [header, ...rows] = block.rows;
      return merged(
        rows.map((row) => {
          const entry = parseCvRow(header?.cells ?? [], row.cells, cvKind);
          const text = row.cells.join(' | ');
          if (!entry) return { entries: [], unread: [{ line: row.line, text }] };
          return { entries: [{ entry, line: row.line, endLine: row.line, hidden, source: text }], unread: [] };
        }),
      );
    }
    case 'comment':
      return hidden ? { entries: [], unread: [] } : commentEntries(block, cvKind);
    case 'rule':
    case 'heading':
      return { entries: [], unread: [] };
    default:
      return { entries: [], unread: [{ line: block.line, text: block.raw }] };
  }
}

/** A comment that holds only items of the kind: hidden items. Any other comment is hidden text. */
function commentEntries(comment: CommentBlock, cvKind: PageCvKind): UnitRead {
  if (!comment.closed || comment.trailing.trim() !== '' || comment.inner.trim() === '') {
    return { entries: [], unread: [] };
  }
  const read = sectionUnits(splitBlocks(comment.inner.split('\n'), comment.line)).map((unit) =>
    unitEntries(unit, cvKind, true),
  );
  const all = merged(read);
  return all.unread.length === 0 && all.entries.length > 0 ? all : { entries: [], unread: [] };
}

function one(text: string, line: number, endLine: number, cvKind: PageCvKind, hidden: boolean): UnitRead {
  const entry = parseCvEntry(text, cvKind);
  if (!entry) return { entries: [], unread: [{ line, text }] };
  return { entries: [{ entry, line, endLine, hidden, source: text }], unread: [] };
}

function merged(reads: readonly UnitRead[]): UnitRead {
  return { entries: reads.flatMap((read) => read.entries), unread: reads.flatMap((read) => read.unread) };
}
