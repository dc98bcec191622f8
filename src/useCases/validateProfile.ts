/** `validate` as a library call: every problem of the profile folder, counted, and how many items it holds. */
import { allItems } from '../model/items.js';
import type { Problem } from '../problems.js';
import { loadProfile } from '../store/loadProfile.js';

export interface ValidationResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  /** Items loaded; 0 when profile.md itself cannot be read. */
  items: number;
}

export async function validateProfile(dir: string, displayDir: string): Promise<ValidationResult> {
  const { profile, problems } = await loadProfile(dir, { displayDir });
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, items: profile ? allItems(profile).length : 0 };
}
