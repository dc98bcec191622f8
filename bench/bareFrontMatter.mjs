// The baseline of the large-profile benchmark: a bare script that reads the same files `profile list` reads
// (profile.md and every .md of the item folders) and parses their front matter with js-yaml, nothing more.
//
//   node bench/bareFrontMatter.mjs DIR      prints the number of files whose front matter it parsed
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

const [dir] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node bench/bareFrontMatter.mjs DIR\n');
  process.exit(2);
}
const files = [path.join(dir, 'profile.md')];
for (const folder of ['news', 'publications', 'talks', 'service', 'sections']) {
  let names = [];
  try {
    names = readdirSync(path.join(dir, folder));
  } catch {}
  for (const name of names) if (name.endsWith('.md')) files.push(path.join(dir, folder, name));
}
let parsed = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---\n') || end < 0) continue;
  const data = load(text.slice(4, end + 1));
  if (data !== undefined) parsed++;
}
process.stdout.write(`${parsed}\n`);
