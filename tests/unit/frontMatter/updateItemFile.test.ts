/**
 * updateItemFile changes only the fields that changed: the person's comments, quoting and layout stay (the yaml
 * library writes one space before a trailing comment, the only change it makes to a line it does not touch).
 */
import { describe, expect, test } from 'vitest';
import { updateItemFile } from '../../../src/frontMatter/updateItemFile.js';

const handWritten = `---
# Accepted after the rebuttal.
key: wang2024wise
title: 'WISE: Rethinking the Knowledge Memory' # the short title
authors:
  - { family: Wang, given: Peng, equal: true }
  - { family: Li, given: Zexi, equal: true }

date: "2024"
label: NeurIPS 2024
---

The abstract.
`;

const fields = {
  key: 'wang2024wise',
  title: 'WISE: Rethinking the Knowledge Memory',
  authors: [
    { family: 'Wang', given: 'Peng', equal: true },
    { family: 'Li', given: 'Zexi', equal: true },
  ],
  date: '2024',
  label: 'NeurIPS 2024',
};

describe('updateItemFile', () => {
  test('a new field is added at the end; every other line stays as written', () => {
    const after = updateItemFile(handWritten, { ...fields, hidden: true }, 'The abstract.', 'p.md');
    expect(after).toBe(handWritten.replace('label: NeurIPS 2024\n', 'label: NeurIPS 2024\nhidden: true\n'));
  });

  test('a removed field takes only its own line', () => {
    const { label: _label, ...withoutLabel } = fields;
    const after = updateItemFile(handWritten, withoutLabel, 'The abstract.', 'p.md');
    expect(after).toBe(handWritten.replace('label: NeurIPS 2024\n', ''));
  });

  test('a changed value is written anew, quoted when another YAML reader could mistype it', () => {
    const after = updateItemFile(
      handWritten,
      { ...fields, date: '2024-12', label: '2025.10' },
      'The abstract.',
      'p.md',
    );
    expect(after).toBe(
      handWritten.replace('date: "2024"', 'date: "2024-12"').replace('label: NeurIPS 2024', 'label: "2025.10"'),
    );
  });

  test('a changed author list is written one author per line, the comment above the fields kept', () => {
    const authors = [{ family: 'Li', given: 'Zexi', corresponding: true }];
    const after = updateItemFile(handWritten, { ...fields, authors }, 'The abstract.', 'p.md');
    expect(after).toContain('# Accepted after the rebuttal.\n');
    expect(after).toContain("title: 'WISE: Rethinking the Knowledge Memory' # the short title\n");
    expect(after).toContain('authors:\n  - { family: Li, given: Zexi, corresponding: true }\n');
  });

  test('a new body replaces the old one', () => {
    const after = updateItemFile(handWritten, fields, 'A new abstract.\n\nIn two paragraphs.', 'p.md');
    expect(after).toBe(handWritten.replace('The abstract.', 'A new abstract.\n\nIn two paragraphs.'));
  });

  test('anchors and aliases in the file: the result still means exactly the fields given', () => {
    const withAlias = '---\nkey: a\ntitle: &t Shared\nlabel: *t\n---\n';
    const after = updateItemFile(withAlias, { key: 'a', title: 'Shared', label: 'Other' }, '', 'p.md');
    expect(after).toBe('---\nkey: a\ntitle: &t Shared\nlabel: Other\n---\n');
  });

  test('CRLF line ends and a BOM are read; the file comes back with LF', () => {
    const crlf = '\uFEFF---\r\nkey: a # mine\r\ntitle: T\r\n---\r\nBody\r\n';
    expect(updateItemFile(crlf, { key: 'a', title: 'T', hidden: true }, 'Body', 'p.md')).toBe(
      '---\nkey: a # mine\ntitle: T\nhidden: true\n---\n\nBody\n',
    );
  });
});
