/** Which elements of two sequences correspond, by Myers' diff: a longest common subsequence that matches earliest. */

/**
 * For each element of `a`, the index of the element of `b` it matches, or -1. Undefined when more than
 * `maxEdits` insertions and deletions separate them (the sequences are then not two renderings of one text).
 */
export function matchSequences(a: readonly string[], b: readonly string[], maxEdits = 4000): Int32Array | undefined {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  // furthest[k + offset]: the furthest x reached on diagonal k = x - y.
  const furthest = new Int32Array(2 * limit + 3);
  const at = (k: number) => furthest[k + offset] ?? 0;
  // history[d]: the furthest x of diagonals -d..d after d edits, for walking back.
  const history: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? at(k + 1) : at(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      furthest[k + offset] = x;
      if (x >= n && y >= m) {
        history.push(furthest.slice(offset - d, offset + d + 1));
        return walkBack(history, n, m);
      }
    }
    history.push(furthest.slice(offset - d, offset + d + 1));
  }
  return undefined;
}

function walkBack(history: readonly Int32Array[], n: number, m: number): Int32Array {
  const match = new Int32Array(n).fill(-1);
  let x = n;
  let y = m;
  for (let d = history.length - 1; d > 0; d--) {
    const previous = history[d - 1] ?? new Int32Array(0);
    const before = (k: number) => previous[k + d - 1] ?? 0;
    const k = x - y;
    const fromK = k === -d || (k !== d && before(k - 1) < before(k + 1)) ? k + 1 : k - 1;
    const fromX = before(fromK);
    // The edit moves from diagonal fromK to k; the matching run (snake) follows it.
    const snakeX = fromK === k + 1 ? fromX : fromX + 1;
    while (x > snakeX) {
      x--;
      y--;
      match[x] = y;
    }
    x = fromX;
    y = fromX - fromK;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    match[x] = y;
  }
  return match;
}
