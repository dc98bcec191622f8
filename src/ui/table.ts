/** An aligned text table; on a terminal the last column is cut to the screen width when it fits at all. */
import { escapeTerminalText } from './terminalText.js';

export interface TableOptions {
  /** The terminal's width; undefined means never cut. */
  width?: number | undefined;
  header?: (text: string) => string;
  styleRow?: (row: readonly string[], text: string) => string;
}

const columnGap = '  ';
/** Fewer columns than this left for the last one, and cutting it would show nothing useful. */
const minimumLastColumn = 4;

export function renderTable(
  headers: readonly string[],
  rowsAsGiven: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  // Cells come from files: a newline or an ESC sequence in one would forge a row or drive the terminal.
  const rows = rowsAsGiven.map((row) => row.map(escapeTerminalText));
  const widths = headers.map((header, column) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  // Only the last column is ever cut: when the screen is narrower than the others (or says it is 0 columns wide,
  // as a terminal without a size does), lines are left whole for the terminal to wrap, so no id is lost.
  const otherColumns = widths.slice(0, -1).reduce((sum, width) => sum + width + columnGap.length, 0);
  const cutAt =
    options.width !== undefined && options.width >= otherColumns + minimumLastColumn ? options.width : undefined;
  const formatRow = (row: readonly string[]) => {
    const cells = row.map((cell, column) => (column === row.length - 1 ? cell : padEnd(cell, widths[column] ?? 0)));
    const line = cells.join(columnGap).trimEnd();
    return cutAt === undefined ? line : cutToWidth(line, cutAt);
  };
  const header = formatRow(headers);
  const lines = [options.header ? options.header(header) : header];
  for (const row of rows) {
    const text = formatRow(row);
    lines.push(options.styleRow ? options.styleRow(row, text) : text);
  }
  return `${lines.join('\n')}\n`;
}

// East Asian wide characters take two columns on a terminal.
const wideCharacter = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

function charWidth(char: string): number {
  return wideCharacter.test(char) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function cutToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let result = '';
  let used = 0;
  for (const char of text) {
    if (used + charWidth(char) > width - 1) break;
    result += char;
    used += charWidth(char);
  }
  return `${result}…`;
}
