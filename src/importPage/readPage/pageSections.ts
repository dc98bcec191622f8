/**
 * The page cut into its sections: the bio (the text before the first other heading; it may open with its own),
 * then one section per heading the importer knows (`## Recent News`, `# 📝 Publications`, a bold line
 * `**Talks**`) or per other heading of the same or a higher level. Deeper headings inside a section (`### 2024`
 * under `## Publications`) stay in it.
 */
import type { Block, ListBlock, ListItem } from './pageBlocks.js';
import {
  boldLineHeading,
  type HeadingKind,
  plainLineHeading,
  type RecognisedHeading,
  recogniseHeading,
} from './sectionHeadings.js';

export interface SectionHeading {
  /** The heading's text as written (inline Markdown): `Recent News`, `📝 Publications`. */
  text: string;
  /** 1–6 for `#` headings and setext ones; 7 for a bold line. */
  level: number;
  style: 'atx' | 'setext' | 'bold' | 'plain';
  line: number;
  endLine: number;
}

export interface PageSection {
  /** Undefined for the bio, the text before the first heading. */
  heading: SectionHeading | undefined;
  kind: HeadingKind;
  recognised: RecognisedHeading | undefined;
  /** The blocks after the heading, up to the next section. */
  blocks: Block[];
}

/** One thing a section holds: a list item (lists are read item by item) or another block. */
export type SectionUnit =
  | { type: 'item'; item: ListItem; list: ListBlock; line: number; endLine: number }
  | { type: 'block'; block: Block; line: number; endLine: number };

export function splitSections(blocks: readonly Block[]): PageSection[] {
  const sections: PageSection[] = [{ heading: undefined, kind: 'bio', recognised: undefined, blocks: [] }];
  for (const block of blocks) {
    const current = sections[sections.length - 1] as PageSection;
    const found = headingOf(block);
    if (!found || !startsSection(found, current)) {
      current.blocks.push(block);
      continue;
    }
    const kind = found.recognised?.kind === 'bio' ? 'text' : (found.recognised?.kind ?? 'text');
    sections.push({ heading: found.heading, kind, recognised: found.recognised, blocks: [] });
  }
  return sections;
}

function headingOf(block: Block): { heading: SectionHeading; recognised: RecognisedHeading | undefined } | undefined {
  if (block.type === 'heading') {
    return {
      heading: {
        text: block.text.trim(),
        level: block.level,
        style: block.setext ? 'setext' : 'atx',
        line: block.line,
        endLine: block.endLine,
      },
      recognised: recogniseHeading(block.text),
    };
  }
  if (block.type !== 'paragraph') return undefined;
  const bold = boldLineHeading(block.raw);
  if (bold) {
    return {
      heading: { text: bold.text, level: 7, style: 'bold', line: block.line, endLine: block.endLine },
      recognised: bold.recognised,
    };
  }
  const plain = plainLineHeading(block.raw);
  if (!plain) return undefined;
  return {
    heading: { text: plain.text, level: 7, style: 'plain', line: block.line, endLine: block.endLine },
    recognised: plain.recognised,
  };
}

function startsSection(
  found: { heading: SectionHeading; recognised: RecognisedHeading | undefined },
  current: PageSection,
): boolean {
  if (current.heading === undefined) {
    // A bio may open with its own heading (`# Ada Lovelace`, `## About me`) or hold one (`## Biography`).
    if (found.recognised !== undefined) return found.recognised.kind !== 'bio';
    return current.blocks.length > 0;
  }
  if (found.recognised !== undefined) return true;
  return found.heading.level <= current.heading.level;
}

/** The units of a list of blocks, list items one by one. */
export function sectionUnits(blocks: readonly Block[]): SectionUnit[] {
  return blocks.flatMap((block): SectionUnit[] =>
    block.type === 'list'
      ? block.items.map((item) => ({ type: 'item', item, list: block, line: item.line, endLine: item.endLine }))
      : [{ type: 'block', block, line: block.line, endLine: block.endLine }],
  );
}
