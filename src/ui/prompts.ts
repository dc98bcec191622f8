/** Questions asked only when a person is at the terminal; @inquirer/prompts is loaded on first use. */
import { type DateStyle, formatDateForPage, type PartialDate, parsePartialDate } from '../model/partialDate.js';

export async function askText(
  message: string,
  options: { required?: boolean; validate?: (value: string) => string | undefined; default?: string } = {},
): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  const answer = await input({
    message,
    required: options.required ?? false,
    ...(options.default === undefined ? {} : { default: options.default }),
    validate: (value) => {
      if (options.validate === undefined || value.trim() === '') return true;
      return options.validate(value.trim()) ?? true;
    },
  });
  return answer.trim();
}

export async function askConfirm(message: string, defaultAnswer: boolean): Promise<boolean> {
  const { confirm } = await import('@inquirer/prompts');
  return confirm({ message, default: defaultAnswer });
}

/** One of `choices`; `''` is offered as "(none)" when `optional`. */
export async function askChoice(
  message: string,
  choices: readonly string[],
  options: { optional?: boolean } = {},
): Promise<string> {
  const { select } = await import('@inquirer/prompts');
  const entries = [
    ...(options.optional ? [{ name: '(none)', value: '' }] : []),
    ...choices.map((value) => ({ value })),
  ];
  return select({ message, choices: entries });
}

/** A date in any accepted form, offered in the profile's own form (`2025.07`). */
export async function askDate(
  message: string,
  options: { default?: PartialDate; style: DateStyle; required?: boolean },
): Promise<PartialDate | undefined> {
  const answer = await askText(message, {
    required: options.required ?? false,
    ...(options.default ? { default: formatDateForPage(options.default, options.style) } : {}),
    validate: (value) => {
      const parsed = parsePartialDate(value);
      return parsed.ok ? undefined : parsed.reason;
    },
  });
  if (answer === '') return undefined;
  const parsed = parsePartialDate(answer);
  return parsed.ok ? parsed.date : undefined;
}
