/** The one refusal of a write through a symbolic link: a link planted in a cloned or shared folder could lead anywhere. */
import { ProfileError } from '../errors.js';

/** The error for `file`, a link found where a write would pass; `hint` says what to do instead. */
export function linkRefused(file: string, hint?: string): ProfileError {
  return new ProfileError('is a symbolic link; profile does not write through links', {
    file,
    ...(hint === undefined ? {} : { hint }),
  });
}
