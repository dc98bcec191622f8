/**
 * Whether `jekyll` (Debian's package, which CI installs: .ci/run) can build a site here, and its version; where it
 * cannot, `jekyllMissing` says why and the whole-site tests are skipped with that reason (in CI they fail instead).
 */
import { spawnSync } from 'node:child_process';

function probe(): { version: string } | { missing: string } {
  const result = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0)
    return { missing: 'jekyll is not installed (apt-get install jekyll; see .ci/run)' };
  return { version: result.stdout.trim().replace(/^jekyll\s+/, '') };
}

const probed = probe();
if ('missing' in probed && process.env.PROFILE_REQUIRE_SITE_ENGINES === '1') {
  throw new Error(`${probed.missing}; PROFILE_REQUIRE_SITE_ENGINES=1 says the engines must be here`);
}

export const jekyllMissing: string | undefined = 'missing' in probed ? probed.missing : undefined;
export const jekyllVersion: string | undefined = 'version' in probed ? probed.version : undefined;
