/** A unified-style diff of two small texts, for `--dry-run`: what would change, with a little context. */

export interface DiffLine {
  kind: ' ' | '-' | '+';
  text: string;
}

/** Lines of `before` and `after` in order, marked kept, removed or added (longest common subsequence). */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  // The common start and end are kept as they are, so that one edit in a long file costs little.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const kept = (lines: string[]) => lines.map((text): DiffLine => ({ kind: ' ', text }));
  return [
    ...kept(a.slice(0, start)),
    ...diffMiddle(a.slice(start, a.length - end), b.slice(start, b.length - end)),
    ...kept(a.slice(a.length - end)),
  ];
}

// Beyond this many cells the table would cost too much memory; the middle is then shown as replaced whole.
const maxTableCells = 4_000_000;

function diffMiddle(a: readonly string[], b: readonly string[]): DiffLine[] {
  if ((a.length + 1) * (b.length + 1) > maxTableCells) {
    return [...a.map((text): DiffLine => ({ kind: '-', text })), ...b.map((text): DiffLine => ({ kind: '+', text }))];
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] = a[i] === b[j] ? (lengths[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: ' ', text: a[i++] ?? '' });
      j++;
    } else if (i < a.length && (j >= b.length || (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))) {
      lines.push({ kind: '-', text: a[i++] ?? '' });
    } else {
      lines.push({ kind: '+', text: b[j++] ?? '' });
    }
  }
  return lines;
}

/** The changed lines with `context` kept lines around each run; `…` where kept lines are left out. */
export function renderDiff(before: string, after: string, context = 2): string[] {
  const lines = diffLines(before, after);
  const near = lines.map((_, index) =>
    lines.slice(Math.max(0, index - context), index + context + 1).some((line) => line.kind !== ' '),
  );
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (near[index]) out.push(`${line.kind}${line.text}`);
    else if (out.at(-1) !== '…') out.push('…');
  });
  return out;
}

function splitLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
