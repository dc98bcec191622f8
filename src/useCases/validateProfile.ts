/** `validate` as a library call: every problem of the profile folder, counted, and how many items it holds. */
import path from 'node:path';
import { allItems } from '../model/items.js';
import type { Problem } from '../problems.js';
import { pageAdvice } from '../render/pageAdvice.js';
import { loadProfile, profileFileName } from '../store/loadProfile.js';

export interface ValidationResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  /** Items loaded; 0 when profile.md itself cannot be read. */
  items: number;
}

/** The files' problems, then advice on what the page would show (init's placeholder bio, Liquid shown as text). */
export async function validateProfile(dir: string, displayDir: string): Promise<ValidationResult> {
  const loaded = await loadProfile(dir, { displayDir });
  const { profile } = loaded;
  const problems = [
    ...loaded.problems,
    ...(profile
      ? pageAdvice(profile, {
          ownerFile: path.join(displayDir, profileFileName),
          display: (relative) => path.join(displayDir, relative),
        })
      : []),
  ];
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, items: profile ? allItems(profile).length : 0 };
}
