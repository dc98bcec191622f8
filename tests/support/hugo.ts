/**
 * Whether `hugo` (Debian's package, which CI installs: .ci/run) can build a site here, and its version; where it
 * cannot, `hugoMissing` says why and the Hugo build tests are skipped with that reason (in CI they fail instead).
 */
import { spawnSync } from 'node:child_process';

function probe(): { version: string } | { missing: string } {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0)
    return { missing: 'hugo is not installed (apt-get install hugo; see .ci/run)' };
  return { version: result.stdout.trim() };
}

const probed = probe();
if ('missing' in probed && process.env.PROFILE_REQUIRE_SITE_ENGINES === '1') {
  throw new Error(`${probed.missing}; PROFILE_REQUIRE_SITE_ENGINES=1 says the engines must be here`);
}

export const hugoMissing: string | undefined = 'missing' in probed ? probed.missing : undefined;
export const hugoVersion: string | undefined = 'version' in probed ? probed.version : undefined;
