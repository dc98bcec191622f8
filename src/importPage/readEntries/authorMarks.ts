/**
 * What the marks after author names mean. By default `*`, `†`, `‡` and `⚖️` mark equal contribution and `#` and `✉` the
 * corresponding author; a page that says otherwise in a legend (`(\* equal contribution, † corresponding author)`)
 * is read the way it says.
 */

export interface AuthorMarks {
  equal: ReadonlySet<string>;
  corresponding: ReadonlySet<string>;
}

export const defaultAuthorMarks: AuthorMarks = {
  // `<sup>⚖️</sup>` (the scales: equal weight) as some AcadHomepage pages write equal contribution.
  equal: new Set(['*', '†', '‡', '⚖']),
  corresponding: new Set(['#', '✉']),
};

const legend =
  /(\\?[*†‡§¶#✉⚖])\uFE0F?\s*(?:[:=：-]\s*|(?:denotes|indicates|marks|means|for)\s+)?(?:the\s+)?(equal(?:ly)?\s+contribut\w*|co-?first\s+authors?|joint\s+first\s+authors?|corresponding(?:\s+authors?)?)/gi;

/** The marks the page's own legend defines, over the defaults. */
export function authorMarksOf(pageText: string): AuthorMarks {
  const equal = new Set(defaultAuthorMarks.equal);
  const corresponding = new Set(defaultAuthorMarks.corresponding);
  for (const match of pageText.matchAll(legend)) {
    const mark = (match[1] ?? '').replace('\\', '');
    const meaning = (match[2] ?? '').toLowerCase();
    const [to, from] = meaning.startsWith('corresponding') ? [corresponding, equal] : [equal, corresponding];
    to.add(mark);
    from.delete(mark);
  }
  return { equal, corresponding };
}
