/** Where the documents that messages point to can be read: the published package's files, not a path only a clone has. */

/** The package's name on the npm registry (package.json); the command it installs is `profile`. */
export const packageName = 'academic-profile-cli';

/** A shipped document (package.json `files`), as unpkg serves it from the latest published version. */
export function publishedDocUrl(file: 'README.md' | 'docs/format.md' | 'docs/security.md' | 'docs/sites.md'): string {
  return `https://unpkg.com/${packageName}/${file}`;
}
