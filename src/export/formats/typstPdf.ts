/** Typst source to PDF bytes with the Typst compiler from npm (a native module, loaded only for `export --format cv`). */
import { createRequire } from 'node:module';
import { ProfileError } from '../../errors.js';

interface TypstCompiler {
  pdf(input: { mainFileContent: string }, options?: { creationTimestamp?: number }): Buffer;
}
interface TypstModule {
  NodeCompiler: { create(args?: Record<string, unknown>): TypstCompiler };
}

/**
 * The document sets `date: none`, so the PDF carries no creation date and the same source gives the same bytes.
 * Its fonts are the ones built into the compiler (Libertinus, New Computer Modern, DejaVu Sans Mono), embedded.
 */
export function compileTypstPdf(source: string): Buffer {
  let typst: TypstModule;
  try {
    // The package is CommonJS with a native binary picked per platform.
    typst = createRequire(import.meta.url)('@myriaddreamin/typst-ts-node-compiler') as TypstModule;
  } catch (error) {
    throw new ProfileError('the Typst compiler could not be loaded, so no PDF was made', {
      hint: 'install it with `npm install @myriaddreamin/typst-ts-node-compiler` (its platform package comes with it), or write the Typst source with --out cv.typ',
      cause: error,
    });
  }
  try {
    return typst.NodeCompiler.create().pdf({ mainFileContent: source });
  } catch (error) {
    throw new ProfileError(
      `Typst could not compile the CV: ${String((error as Error).message ?? error).split('\n')[0]}`,
      {
        hint: 'write the source with --out cv.typ to see it; please report this with the file',
        cause: error,
      },
    );
  }
}
