/** The profile.md that `init` writes: the owner, and a page laid out like the seed's. */
import { stringifySafeYaml } from '../frontMatter/safeYaml.js';

export interface NewProfileOwner {
  name: string;
  email?: string | undefined;
}

export function newProfileText(owner: NewProfileOwner): string {
  const fields = {
    name: owner.name,
    nameVariants: [owner.name],
    ...(owner.email ? { email: [owner.email], contact: [{ label: 'Email', emails: [owner.email] }] } : {}),
    page: {
      frontMatter: {
        permalink: '/',
        title: 'About',
        excerpt: 'About me',
        author_profile: true,
        redirect_from: ['/about/', '/about.html'],
      },
      dateStyle: 'dotted',
      obfuscateEmail: true,
      sections: [
        { kind: 'bio' },
        ...(owner.email ? [{ kind: 'contact', title: 'Contact' }] : []),
        { kind: 'publications', title: 'Selected Publications', only: 'selected' },
        { kind: 'news', title: 'Recent News' },
        { kind: 'talks', title: 'Talks' },
        { kind: 'service', title: 'Academic Service' },
      ],
    },
  };
  return `---\n${stringifySafeYaml(fields)}---\n\n${placeholderBio}\n`;
}

/** The bio `init` writes, for the owner to replace; `validate` points it out while it is still there. */
export const placeholderBio = 'Write your bio here, in Markdown.';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(email: string): string | undefined {
  return emailPattern.test(email) ? undefined : `"${email}" is not an e-mail address`;
}
