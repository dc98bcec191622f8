/** `profile init`: scaffolds an empty profile; asks for name and e-mail when a person is there. */
import type { CommandContext } from '../commandContext.js';
import { ProfileError, UsageError } from '../errors.js';
import { checkEmail, newProfileText } from '../model/newProfile.js';
import { displayPath } from '../profileDir.js';
import { scaffoldProfile } from '../store/scaffoldProfile.js';
import { askText } from '../ui/prompts.js';
import { shellWord } from '../ui/shellWord.js';

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
  if (email !== undefined && email !== '') {
    const problem = checkEmail(email);
    if (problem)
      throw new ProfileError(problem, { exitCode: 2, hint: 'pass --email with an address such as you@example.org' });
  }
  await scaffoldProfile(options.dir, newProfileText({ name: name.trim(), email: email || undefined }));
  const shown = displayPath(options.dir, context.cwd);
  context.stdout.write(`created ${shown}/profile.md\n`);
  // `export` finds ./profile by itself; any other folder has to be named.
  const dirOption = shown === 'profile' ? '' : ` --dir ${shellWord(shown)}`;
  context.stderr.write(`next: edit ${shown}/profile.md, then run \`profile export --format md${dirOption}\`\n`);
}
