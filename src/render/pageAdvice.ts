/** What `validate` points out beyond the format: text that is valid but would not show on the page as its writer meant. */
import type { Profile } from '../model/items.js';
import { placeholderBio } from '../model/newProfile.js';
import type { Problem } from '../problems.js';
import { findCode } from './markdownCode.js';

export interface AdviceFiles {
  /** profile.md, as the user sees it. */
  ownerFile: string;
  /** Names an item file (`sections/x.md`) as the user sees it. */
  display: (relative: string) => string;
}

export function pageAdvice(profile: Profile, files: AdviceFiles): Problem[] {
  const { display } = files;
  const problems: Problem[] = [];
  if (profile.bio.trim() === placeholderBio) {
    problems.push({
      severity: 'warning',
      file: files.ownerFile,
      message: 'the bio is still the placeholder that `profile init` wrote',
      hint: 'write your bio as the text below the front matter of profile.md',
    });
  }
  if (profile.owner.page?.liquid !== true) {
    const texts = [
      { file: undefined, what: 'the bio', text: profile.bio },
      ...profile.sections.map((section) => ({ file: section.file, what: 'this section', text: section.body })),
      // News and service texts are the owner's Markdown too (academicpages news often links `{{ base_path }}/files/…`).
      ...[...profile.news, ...profile.service]
        .filter((item) => item.fields.hidden !== true)
        .map((item) => ({ file: item.file, what: `this ${item.kind} item`, text: item.body })),
    ];
    for (const { file, what, text } of texts) {
      const liquid = liquidOutsideCode(text);
      if (liquid === undefined) continue;
      problems.push({
        severity: 'warning',
        file: file === undefined ? files.ownerFile : display(file),
        message: `${what} has Liquid (${liquid}), which the page shows as text: a link to it breaks on the live site`,
        hint: 'write the address in full, or set `liquid: true` under `page:` in profile.md to keep Liquid for Jekyll',
      });
    }
  }
  return problems;
}

/** The first `{{ … }}` or `{% … %}` outside code (code shows Liquid as written, on purpose), as written. */
function liquidOutsideCode(markdown: string): string | undefined {
  let prose = '';
  let done = 0;
  for (const code of findCode(markdown)) {
    prose += `${markdown.slice(done, code.start)} `;
    done = code.end;
  }
  prose += markdown.slice(done);
  // A brace escaped with a backslash is a literal brace (see neutraliseLiquid).
  const match = /(?<!\\)\{\{.*?\}\}|(?<!\\)\{%.*?%\}|(?<!\\)\{[{%]/.exec(prose);
  return match?.[0];
}
