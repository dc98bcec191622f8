import { test } from 'vitest';
import { readBibEntries } from '../../../src/bibtex/readBibEntries.js';
test('x', async () => {
  const text = `@article{a,
  author = {A B},
  title = {T}
  year = {2019}
}
@misc{b, title={X}, title = {Y}, selected=True, month=July, year=2020}
@misc{c,
  author {A},
  title = {T}}
`;
  console.log(JSON.stringify(await readBibEntries([{ name: 'x.bib', text }]), null, 1));
});
