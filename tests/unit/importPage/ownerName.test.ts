// Proves how import-page names the owner when no author is in bold: the front matter's author, name or a title
// such as "Bowen Zhang's Homepage", then the bio's "I'm …"; a template's placeholder names nobody.
import { describe, expect, test } from 'vitest';
import { findPageOwner } from '../../../src/importPage/planProfile/ownerName.js';
import { useImportedPages } from './importedFolder.js';

const { importText } = useImportedPages();

describe('the owner when no author is in bold', () => {
  test.each([
    [{ title: "Bowen Zhang's Homepage" }, '', 'Bowen Zhang', 'front-matter'],
    [{ title: 'About', excerpt: 'Bowen Zhang’s Personal Website' }, '', 'Bowen Zhang', 'front-matter'],
    [{ title: 'Ada Lovelace — Home' }, '', 'Ada Lovelace', 'front-matter'],
    [{ title: 'Wei Chen' }, '', 'Wei Chen', 'front-matter'],
    [{ author: 'María José García-López' }, '', 'María José García-López', 'front-matter'],
    [{ title: 'About me' }, "I'm Bowen Zhang, a third-year PhD student.", 'Bowen Zhang', 'bio'],
    [{ title: 'Home' }, 'Hi! I am **Ada Lovelace**. I work on engines.', 'Ada Lovelace', 'bio'],
    [{ title: 'Home' }, 'I am an Assistant Professor at MIT.', undefined, 'none'],
    [{ title: 'Home' }, 'I am Assistant Professor at MIT.', undefined, 'none'],
    [{ title: 'Your Name' }, "I'm Your Name, a student.", undefined, 'none'],
    [{ author: 'Your Name', title: 'Publications and more' }, '', undefined, 'none'],
  ])('%j, bio %j: %s', (frontMatter, bio, name, from) => {
    const owner = findPageOwner([], frontMatter, undefined, bio);
    expect({ name: owner.name, from: owner.from }).toEqual({ name, from });
  });

  test('--name wins over everything the page says', () => {
    expect(findPageOwner([], { title: "Bowen Zhang's Homepage" }, 'B. Zhang', '').name).toBe('B. Zhang');
  });

  test('a page with no bold author takes the front matter title, and no warning is given', async () => {
    const page = '---\ntitle: "Bowen Zhang\'s Homepage"\n---\nHello.\n\n## News\n* **[2025.07]** Something.\n';
    const { report, profile } = await importText(page);
    expect(profile.owner.name).toBe('Bowen Zhang');
    expect(report.owner.from).toBe('front-matter');
    expect(report.warnings).toEqual([]);
  });

  test("the bio's first sentence names the owner", async () => {
    const page = "---\ntitle: About\n---\nI'm Bowen Zhang, a PhD student.\n\n## News\n* **[2025.07]** Something.\n";
    const { report, profile } = await importText(page);
    expect(profile.owner.name).toBe('Bowen Zhang');
    expect(report.owner.from).toBe('bio');
  });
});
