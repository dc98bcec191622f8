/**
 * The scene of every adversarial case: a working folder holding a small valid profile, a valid BibTeX file, and a
 * sentinel folder beside them, so that a test can prove nothing was written outside the profile or `--out`.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { RunResult } from './builtCli.js';

export const adversarialFixtures = fileURLToPath(new URL('../../fixtures/adversarial/', import.meta.url));

export const ownerFile = '---\nname: Ada Lovelace\nnameVariants: [Ada Lovelace, "Lovelace, A."]\n---\nBio.\n';
export const keptNews = '---\ndate: "2025-01"\n---\nA news item that must survive every case.\n';
export const keptPublication =
  '---\nkey: kept\ntitle: A Publication That Must Survive\nauthors:\n  - { family: Lovelace, given: Ada }\ndate: "2024"\n---\n';
export const refsBib = '@article{fresh2025,\n  author = {Lovelace, Ada},\n  title = {Fresh},\n  year = {2025}\n}\n';

/** A stack trace line, which no expected failure may print. */
export const stackTraceLine = /^ {4}at /m;

export interface Scene {
  /** The working folder: commands run here, with `--dir profile`. */
  root: string;
  /** root/profile */
  dir: string;
}

/** Call at the top of a test file; every scene it makes is removed after the file's tests. */
export function useScenes(): (files?: Readonly<Record<string, string | Buffer>>) => Scene {
  const made: string[] = [];
  afterAll(() => {
    for (const root of made) rmSync(root, { recursive: true, force: true });
  });
  return (files = {}) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'profile-adversarial-'));
    made.push(root);
    const dir = path.join(root, 'profile');
    writeTree(root, {
      'outside/secret.txt': 'A file outside the profile: no command may touch it.\n',
      'refs.bib': refsBib,
      'profile/profile.md': ownerFile,
      'profile/news/2025-01-kept.md': keptNews,
      'profile/publications/kept.md': keptPublication,
      ...files,
    });
    return { root, dir };
  };
}

export function writeTree(root: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  }
}

export function copyFixture(name: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(adversarialFixtures, name), target);
}

/**
 * What every run must show, whatever the case: it ended by itself (before the hang limit of runCli.ts, not within
 * some time: no test asserts a duration) and without a stack trace.
 */
export function finishedCleanly(result: RunResult): { timedOut: boolean; trace: boolean } {
  return { timedOut: result.timedOut, trace: stackTraceLine.test(result.stderr) };
}
