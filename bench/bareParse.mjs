// The baseline of the import benchmark: citation-js alone parsing a BibTeX file into CSL-JSON, the whole of
// what `new Cite(text)` does, in a process of its own (Node's start-up and loading citation-js included).
//
//   node bench/bareParse.mjs FILE      prints the number of entries read
import { readFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/bareParse.mjs FILE\n');
  process.exit(2);
}
const { Cite } = await import('@citation-js/core');
await import('@citation-js/plugin-bibtex');
const cite = new Cite(readFileSync(file, 'utf8'));
process.stdout.write(`${cite.data.length}\n`);
