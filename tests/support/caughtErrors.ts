/** The error a call must fail with, caught so that a test can assert its every field; any other outcome fails the test. */
import { ProfileError } from '../../src/errors.js';

/** The ProfileError that `promise` rejects with; resolving, or rejecting with anything else, fails. */
export async function rejectionOf(promise: Promise<unknown>): Promise<ProfileError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof ProfileError) return error;
  throw new Error(`expected a ProfileError, got ${String(error)}`);
}

/** The error of class `type` (ProfileError or a subclass) that `run` throws; returning, or any other error, fails. */
export function thrownBy<T extends Error>(run: () => unknown, type: abstract new (...args: never[]) => T): T {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
