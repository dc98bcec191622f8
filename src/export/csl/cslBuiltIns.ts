/** The styles and locales that ship with @citation-js/plugin-csl; its own module so the CLI can list them without loading it. */

/** Any other `--style` value is read as a path to a .csl file. */
export const builtInCslStyles = ['apa', 'vancouver', 'harvard1'] as const;
export const builtInCslLocales = ['en-US', 'nl-NL', 'fr-FR', 'de-DE', 'es-ES'] as const;
