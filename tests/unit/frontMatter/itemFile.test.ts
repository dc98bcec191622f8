import { describe, expect, test } from 'vitest';
import { parseFrontMatterFile } from '../../../src/frontMatter/frontMatter.js';
import { serializeItemFile } from '../../../src/frontMatter/itemFile.js';

describe('serializeItemFile', () => {
  test('an item with no fields is two --- lines and its text, and reads back as no fields', () => {
    const text = serializeItemFile({}, 'Reviewer for NeurIPS 2025');
    expect(text).toBe('---\n---\n\nReviewer for NeurIPS 2025\n');
    const read = parseFrontMatterFile(text, 'service/reviewer.md');
    expect(read.body.trim()).toBe('Reviewer for NeurIPS 2025');
    expect(read.data).toEqual({});
  });

  test('fields are written between the --- lines, the body after a blank line', () => {
    expect(serializeItemFile({ role: 'chair', date: '2025' }, 'Session chair.')).toBe(
      '---\nrole: chair\ndate: "2025"\n---\n\nSession chair.\n',
    );
  });
});
