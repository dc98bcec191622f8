/** Opens $VISUAL or $EDITOR on a file and waits for the person to close it. */
import { spawn } from 'node:child_process';
import { ExitCode, ProfileError } from '../errors.js';

export async function openEditor(file: string, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  // The variable may hold arguments (`code --wait`), so it goes through the shell; the file name is quoted.
  const editor = env.VISUAL || env.EDITOR || 'vi';
  const quoted = `'${file.replace(/'/g, `'\\''`)}'`;
  // Ctrl-C belongs to the editor while it runs (as with git); the editor's own exit says what happened.
  const ignoreInterrupt = () => undefined;
  process.on('SIGINT', ignoreInterrupt);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      const child = spawn(`${editor} ${quoted}`, { shell: true, stdio: 'inherit', env: env as NodeJS.ProcessEnv });
      child.on('error', reject);
      child.on('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
    },
  ).finally(() => process.off('SIGINT', ignoreInterrupt));
  if (signal === 'SIGINT' || code === 130) {
    throw new ProfileError('interrupted in the editor; nothing was written', { exitCode: ExitCode.interrupted });
  }
  if (code !== 0) {
    throw new ProfileError(
      `the editor (${editor}) ${signal ? `was stopped by ${signal}` : `exited with code ${code}`}`,
      {
        hint: 'nothing was written; set $EDITOR to an editor that waits until you close the file (e.g. "code --wait")',
      },
    );
  }
}
