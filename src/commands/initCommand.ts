/** `profile init`: scaffolds an empty profile; asks for name and e-mail when a person is there. */
import type { CommandContext } from '../commandContext.js';
import { UsageError } from '../errors.js';
import { checkEmail } from '../model/newProfile.js';
import { displayPath } from '../profileDir.js';
import { askText } from '../ui/prompts.js';
import { shellWord } from '../ui/shellWord.js';
import { initProfile } from '../useCases/initProfile.js';

export interface InitOptions {
  dir: string;
  name?: string;
  email?: string;
}

export async function initCommand(options: InitOptions, context: CommandContext): Promise<void> {
  let { name, email } = options;
  if (name === undefined || name.trim() === '') {
    if (!context.interactive) {
      throw new UsageError(
        'init needs the owner\'s name: --name "Your Name"',
        'example: profile init --name "Ada Lovelace" --email ada@example.org',
      );
    }
    name = await askText('Your name, as it appears in author lists:', { required: true });
    if (email === undefined) email = await askText('Your e-mail (optional):', { validate: checkEmail });
  }
  await initProfile(options.dir, { name, ...(email === undefined ? {} : { email }) });
  const shown = displayPath(options.dir, context.cwd);
  context.stdout.write(`created ${shown}/profile.md\n`);
  // `export` finds ./profile by itself; any other folder has to be named.
  const dirOption = shown === 'profile' ? '' : ` --dir ${shellWord(shown)}`;
  context.stderr.write(`next: edit ${shown}/profile.md, then run \`profile export --format md${dirOption}\`\n`);
}
