/**
 * How the page hides Markdown: an HTML comment that both engines a site renders with hide, kramdown (Jekyll, GFM
 * parser) and CommonMark (Goldmark for Hugo; markdown-it in the tests).
 */

/**
 * Wraps Markdown in an HTML comment. `-->` and `--!>` inside would end the comment early and
 * publish the rest, so they are broken up.
 */
export function hideInComment(markdown: string): string {
  const safe = markdown.replace(/--!?>/g, (match) => match.replace('--', '- -'));
  return `<!--\n${safe}\n-->`;
}

/** One run of a list's items: the visible ones as Markdown list lines, or the hidden ones to be put in a comment. */
export interface ListRun {
  readonly hidden: boolean;
  readonly markdown: string;
  /** A hidden item already written in its section's one-line comment form, on the line after the one before it. */
  readonly inForm?: boolean;
  /** Hidden items already written one per one-line comment, line after line (`hiddenRuns: lines`). */
  readonly inLines?: boolean;
}

/**
 * A list's runs in order, each hidden run in a comment of its own. kramdown reads a `<!--` line right after a list
 * item as that item's text (the marker shows, and the hidden items become list items), so a comment after visible
 * items opens after a blank line; CommonMark ends the list there as it does at the comment, so its page is unchanged.
 */
export function joinListRuns(runs: readonly ListRun[], separator = '\n'): string {
  let out = '';
  for (const [index, run] of runs.entries()) {
    const previous = runs[index - 1];
    if (previous !== undefined) out += run.hidden && !run.inForm && !previous.hidden ? '\n\n' : separator;
    out += run.hidden && !run.inForm && !run.inLines ? hideInComment(run.markdown) : run.markdown;
  }
  return out;
}
