/**
 * Whether an output stream gets colour, from its being a terminal and the environment. The rules are those of
 * no-color.org and force-color.org, with chalk's (supports-color's) reading of `FORCE_COLOR=0` and `false`:
 * - `FORCE_COLOR` set and not empty decides first, as in Node and chalk: `0` or `false` never, any other value
 *   always, even into a pipe or a file (`FORCE_COLOR=1 profile list | less -R`);
 * - else `NO_COLOR` set and not empty: never (an empty `NO_COLOR=` is "not set", as no-color.org says);
 * - else only on a terminal whose `TERM` is not `dumb`.
 */
export function colorWanted(isTerminal: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTerminal && env.TERM !== 'dumb';
}
