/** The User-Agent of every request: the tool, its version and, where profile.md has one, a contact address. */

declare const __PROFILE_VERSION__: string;
/** The version the build wrote in (scripts/build.mjs; vitest defines it too). */
export const toolVersion = typeof __PROFILE_VERSION__ === 'string' ? __PROFILE_VERSION__ : '0.0.0-dev';

/** `academic-profile-cli/0.1.0 (profile import; mailto:a@b.org)`, the form Crossref's etiquette asks for. */
export function userAgentFor(version: string, contact: string | undefined): string {
  const mailto = contact === undefined ? '' : `; mailto:${contact}`;
  return `academic-profile-cli/${version} (https://www.npmjs.com/package/academic-profile-cli${mailto})`;
}

/** The first e-mail address of profile.md's `email` that looks like one; none is fine (requests go unnamed). */
export function contactAddress(email: string | readonly string[] | undefined): string | undefined {
  const all = email === undefined ? [] : typeof email === 'string' ? [email] : email;
  // Only a plain address reaches a header or a query: no spaces, no control characters, one @.
  return all
    .map((address) => address.trim())
    .find((address) => /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/.test(address));
}
