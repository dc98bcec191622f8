/** The files a site exporter returns: safe relative paths, LF line ends, one final newline, sorted by path. */
import type { GeneratedFile } from '../generatedFile.js';

// Every segment starts with a letter, digit or `_`, so none is empty, `.` or `..`.
const safeSegment = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** A file at `path` inside the site folder; an unsafe path is a bug in the exporter, never the user's doing. */
export function siteFile(path: string, content: string): GeneratedFile {
  if (!path.split('/').every((segment) => safeSegment.test(segment))) {
    throw new Error(`unsafe path for a site file: ${JSON.stringify(path)}`);
  }
  return { path, content: `${content.replace(/\r\n?/g, '\n').replace(/(?<!\n)\n*$/, '')}\n` };
}

/** The files in path order; two files with one path would overwrite each other, so that is a bug too. */
export function sortedByPath(files: readonly GeneratedFile[]): GeneratedFile[] {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  sorted.forEach((file, index) => {
    if (index > 0 && sorted[index - 1]?.path === file.path) throw new Error(`two site files at ${file.path}`);
  });
  return sorted;
}
