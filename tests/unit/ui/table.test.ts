/** Text tables: columns aligned by display width (CJK takes two columns), lines cut to the screen with `…`. */
import { describe, expect, test } from 'vitest';
import { displayWidth, renderTable } from '../../../src/ui/table.js';

describe('displayWidth', () => {
  test('counts ASCII as one column', () => {
    expect(displayWidth('news/a')).toBe(6);
  });

  test('counts CJK characters and full-width punctuation as two columns', () => {
    expect(displayWidth('a联邦；')).toBe(7);
  });
});

describe('renderTable', () => {
  test('pads every column but the last to its widest cell, two spaces apart', () => {
    const table = renderTable(
      ['ID', 'DATE', 'TITLE'],
      [
        ['pub/a', '2025', 'Short'],
        ['news/long-id', '2025-07-30', 'T'],
      ],
    );
    // biome-ignore format: one line of the table per line of the test, so that the columns can be seen
    expect(table).toBe([
      'ID            DATE        TITLE',
      'pub/a         2025        Short',
      'news/long-id  2025-07-30  T',
      '',
    ].join('\n'));
  });

  test('aligns a column holding CJK text by display width', () => {
    const table = renderTable(
      ['TITLE', 'ID'],
      [
        ['联邦学习', 'a'],
        ['ab', 'b'],
      ],
    );
    expect(table).toBe(['TITLE     ID', '联邦学习  a', 'ab        b', ''].join('\n'));
  });

  test('aligns a CJK header by display width', () => {
    const table = renderTable(['标题', 'ID'], [['a', 'x']]);
    expect(table).toBe(['标题  ID', 'a     x', ''].join('\n'));
  });

  test('drops the trailing spaces of an empty last cell', () => {
    expect(renderTable(['ID', 'FLAGS'], [['news/a', '']])).toBe('ID      FLAGS\nnews/a\n');
  });

  test('cuts a line longer than the width to width - 1 columns and …', () => {
    const table = renderTable(['ID', 'TITLE'], [['news/a', 'A very long title']], { width: 12 });
    expect(table).toBe('ID      TIT…\nnews/a  A v…\n');
  });

  test('never cuts a wide character in half', () => {
    const table = renderTable(['T'], [['联邦学习研究']], { width: 6 });
    expect(table).toBe('T\n联邦…\n');
  });

  test('never cuts the other columns: a screen narrower than them (or 0 wide) leaves lines whole', () => {
    for (const width of [0, 7, 11]) {
      const table = renderTable(['ID', 'TITLE'], [['news/a', 'A very long title']], { width });
      expect(table).toBe('ID      TITLE\nnews/a  A very long title\n');
    }
  });

  test('never cuts without a width', () => {
    const table = renderTable(['ID', 'TITLE'], [['news/a', 'A very long title']]);
    expect(table).toBe('ID      TITLE\nnews/a  A very long title\n');
  });

  test('styles the header and each row with the given functions', () => {
    const table = renderTable(['ID'], [['a'], ['b']], {
      header: (text) => `<${text}>`,
      styleRow: (row, text) => (row[0] === 'b' ? `(${text})` : text),
    });
    expect(table).toBe('<ID>\na\n(b)\n');
  });
});
