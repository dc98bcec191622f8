/**
 * What the real BibTeX program reads from a .bib file: every entry it takes (key, type, year, how many names its
 * `author` field holds) and how many errors it reported. BibTeX 0.99d is Debian's `texlive-binaries`; CI installs it
 * (.ci/run). It runs with a style written here that prints each entry, in a folder of its own, with kpathsea told to
 * look in that folder only, so no TeX installation is needed. Where it is missing, `bibtexMissing` says why and the
 * tests that need it are skipped with that reason (in CI, where PROFILE_REQUIRE_SITE_ENGINES=1, they fail instead).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One entry as BibTeX read it. */
export interface BibtexEntry {
  key: string;
  type: string;
  /** The `year` field as BibTeX sees it after macros and `#`; empty when there is none. */
  year: string;
  /** `num.names$` of the `author` field: "and others" counts as a name; 0 when there is no author. */
  authors: number;
}

export interface BibtexReading {
  entries: BibtexEntry[];
  /** BibTeX's own count of error messages (a repeated key, a missing comma…); warnings are not counted. */
  errors: number;
  log: string;
}

// A style that prints, for every entry of the database (`\citation{*}`), one line per value. The month macros are
// the ones every standard style defines, so `month = jul` is no error here either.
const listingStyle = `
ENTRY { author year } {} {}
FUNCTION {output.entry}
{ "KEY " cite$ * write$ newline$
  "TYPE " type$ * write$ newline$
  "YEAR " year empty$ { "" } { year } if$ * write$ newline$
  "AUTHORS " author empty$ { "0" } { author num.names$ int.to.str$ } if$ * write$ newline$ }
FUNCTION {default.type} { output.entry }
${['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
  .map((month) => `MACRO {${month}} {"${month}"}`)
  .join('\n')}
READ
ITERATE {call.type$}
`;

function probe(): string | undefined {
  const result = spawnSync('bibtex', ['--version'], { encoding: 'utf8' });
  if (result.error) return 'bibtex: BibTeX is not installed (apt-get install texlive-binaries)';
  if (result.status !== 0) return `bibtex: \`bibtex --version\` failed: ${result.stderr}`;
  return undefined;
}

const missing = probe();
// CI (.ci/run) installs the engines and sets this: there a missing engine fails the run instead of skipping tests.
if (missing !== undefined && process.env.PROFILE_REQUIRE_SITE_ENGINES === '1') {
  throw new Error(`${missing}; PROFILE_REQUIRE_SITE_ENGINES=1 says the engines must be here`);
}

/** Why BibTeX tests cannot run here, or undefined when they can. */
export const bibtexMissing: string | undefined = missing;

/** The entries BibTeX reads from `bibText` (the bytes of a .bib file), as its own run prints them. */
export function readWithBibtex(bibText: Buffer | string): BibtexReading {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'profile-bibtex-'));
  try {
    writeFileSync(path.join(folder, 'database.bib'), bibText);
    writeFileSync(path.join(folder, 'listing.bst'), listingStyle);
    writeFileSync(path.join(folder, 'job.aux'), '\\citation{*}\n\\bibstyle{listing}\n\\bibdata{database}\n');
    const run = spawnSync('bibtex', ['job'], {
      cwd: folder,
      encoding: 'utf8',
      // kpathsea finds the style and the database in this folder only, with or without a TeX installation.
      env: { ...process.env, BSTINPUTS: '.', BIBINPUTS: '.', TEXMFCNF: folder },
    });
    const log = `${run.stdout}${run.stderr}`;
    const counted = /\(There (?:was 1 error message|were (\d+) error messages)\)/.exec(log);
    const errors = counted === null ? 0 : Number(counted[1] ?? 1);
    let listing = '';
    try {
      listing = readFileSync(path.join(folder, 'job.bbl'), 'utf8');
    } catch {
      throw new Error(`bibtex wrote no listing:\n${log}`);
    }
    return { entries: entriesOf(listing), errors, log };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function entriesOf(listing: string): BibtexEntry[] {
  const entries: BibtexEntry[] = [];
  let entry: Partial<BibtexEntry> = {};
  for (const line of listing.split('\n')) {
    const space = line.indexOf(' ');
    const [name, value] = space < 0 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
    if (name === 'KEY') entry = { key: value };
    else if (name === 'TYPE') entry.type = value;
    else if (name === 'YEAR') entry.year = value;
    else if (name === 'AUTHORS') {
      entries.push({ key: entry.key ?? '', type: entry.type ?? '', year: entry.year ?? '', authors: Number(value) });
    }
  }
  return entries;
}
