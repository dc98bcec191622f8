/** `init` as a library call: a new, empty profile folder for its owner. */
import { ProfileError } from '../errors.js';
import { checkEmail, newProfileText } from '../model/newProfile.js';
import { scaffoldProfile } from '../store/scaffoldProfile.js';

/** Refuses an e-mail that is not one (a usage error: exit 2), then writes the folder. */
export async function initProfile(dir: string, owner: { name: string; email?: string }): Promise<void> {
  if (owner.email !== undefined && owner.email !== '') {
    const problem = checkEmail(owner.email);
    if (problem)
      throw new ProfileError(problem, { exitCode: 2, hint: 'pass --email with an address such as you@example.org' });
  }
  await scaffoldProfile(dir, newProfileText({ name: owner.name.trim(), email: owner.email || undefined }));
}
