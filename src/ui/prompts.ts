/** Questions asked only when a person is at the terminal; @inquirer/prompts is loaded on first use. */

export async function askText(
  message: string,
  options: { required?: boolean; validate?: (value: string) => string | undefined } = {},
): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  const answer = await input({
    message,
    required: options.required ?? false,
    validate: (value) => {
      if (options.validate === undefined || value.trim() === '') return true;
      return options.validate(value.trim()) ?? true;
    },
  });
  return answer.trim();
}
