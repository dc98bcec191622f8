/** What `export` and `import-bib` say when a selected-only publications section has nothing selected to show. */
import type { OutputStream } from '../commandContext.js';
import type { NewestShown } from '../render/publicationSections.js';

export function printNoneSelected(sections: readonly NewestShown[], total: number, stderr: OutputStream): void {
  for (const section of sections) {
    const name = section.title === undefined ? 'the selected-publications section' : `"${section.title}"`;
    stderr.write(
      `note: no publication is selected, so ${name} shows the ${section.shown} newest of ${total}\n` +
        'hint: choose what it shows with `profile select ID…` (ids as `profile list publications` prints them) or ' +
        "`selected: true` in a publication's file; `whenNoneSelected:` on the section in profile.md sets how many\n",
    );
  }
}
