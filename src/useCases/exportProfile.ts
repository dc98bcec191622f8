/** `export` as a library call: load the profile, render one format or a site's files, and write or compare them. */
import path from 'node:path';
import { ProfileError, UsageError } from '../errors.js';
import type { ExportFormat, ExportSite } from '../export/exportFormats.js';
import type { PublicationEntryRenderer, SiteExport, SiteNote } from '../export/generatedFile.js';
import type { Profile } from '../model/items.js';
import type { Problem } from '../problems.js';
import { displayPath } from '../profileDir.js';
import { pageSectionsOf } from '../render/defaultPage.js';
import { type NewestShown, sectionsShowingNewest } from '../render/publicationSections.js';
import { loadValidProfile } from '../store/loadProfile.js';
import { checkOutPath } from '../store/outPath.js';
import { readPreparedCsl } from '../store/readPreparedCsl.js';
import { readTextFile, readTextFileIfExists } from '../store/readTextFile.js';
import type { SiteSyncResult } from '../store/siteFolder.js';
import { writeFileAtomic } from '../store/writeFileAtomic.js';

export interface ExportRequest {
  dir: string;
  /** How the profile folder is named in problems. */
  displayDir: string;
  /** Relative paths (--out, --style) are taken from here. */
  cwd: string;
  format: ExportFormat;
  site?: ExportSite;
  /** A file for a format, the site folder for a site. */
  out?: string;
  visible: boolean;
  check: boolean;
  force: boolean;
  style?: string;
  locale?: string;
  /** Called with the profile's warnings as soon as it is loaded, so that they show even when the export then fails. */
  onWarnings?: (warnings: readonly Problem[]) => void;
  /** Called when a selected-only publications section of the page shows the newest instead (none is selected). */
  onNoneSelected?: (sections: readonly NewestShown[], total: number) => void;
}

export type ExportResult =
  /** No --out: the text for standard output. */
  | { kind: 'output'; text: string }
  | { kind: 'written'; target: string }
  /** --out with --check: the file as it is (undefined when there is none) and as the export would write it. */
  | { kind: 'checked'; target: string; before: string | undefined; output: string }
  | {
      kind: 'site';
      site: ExportSite;
      siteDir: string;
      advice: SiteExport['advice'];
      /** Notes about the files written, each said only in a run that creates or updates one of its files. */
      notes: readonly SiteNote[];
      sync: SiteSyncResult;
    };

export async function exportProfile(request: ExportRequest): Promise<ExportResult> {
  if (request.out !== undefined) {
    checkOutPath(path.resolve(request.cwd, request.out), request.dir, (file) => displayPath(file, request.cwd));
  }
  const { profile, warnings } = await loadValidProfile(request.dir, { displayDir: request.displayDir });
  request.onWarnings?.(warnings);
  if (request.site === 'academicpages' || (request.site === undefined && request.format === 'md')) {
    const sections = sectionsShowingNewest(profile, pageSectionsOf(profile));
    if (sections.length > 0) request.onNoneSelected?.(sections, profile.publications.length);
  }
  const publicationEntry = request.style === undefined ? undefined : await loadStyle(request, request.style, profile);
  if (request.site !== undefined) return exportSite(request.site, profile, publicationEntry, request);

  const { renderFormat } = await import('../export/renderFormat.js');
  const output = await renderFormat(profile, request.format, {
    visible: request.visible,
    ...(publicationEntry === undefined ? {} : { publicationEntry }),
    ...(request.out === undefined ? {} : { target: path.resolve(request.cwd, request.out) }),
  });
  if (request.out === undefined) return { kind: 'output', text: output };
  const target = path.resolve(request.cwd, request.out);
  if (request.format === 'cv' && !/\.typ$/i.test(target)) return writeCvPdf(target, output, request);
  if (request.check) return { kind: 'checked', target, before: await readTarget(target, request.cwd), output };
  await writeFileAtomic(target, output);
  return { kind: 'written', target };
}

/** `--format cv --out cv.pdf`: the Typst source compiled, the compiler loaded only here. */
async function writeCvPdf(target: string, source: string, request: ExportRequest): Promise<ExportResult> {
  if (request.check) {
    throw new UsageError(
      '--check compares text files; a PDF is not one',
      'check the Typst source instead: profile export --format cv --out cv.typ --check',
    );
  }
  const { compileTypstPdf } = await import('../export/formats/typstPdf.js');
  await writeFileAtomic(target, compileTypstPdf(source));
  return { kind: 'written', target };
}

async function loadStyle(request: ExportRequest, style: string, profile: Profile): Promise<PublicationEntryRenderer> {
  const { loadCslEntryRenderer } = await import('../export/csl/cslStyle.js');
  return loadCslEntryRenderer({
    style,
    ...(request.locale === undefined ? {} : { locale: request.locale }),
    readStyleFile: (file) => readTextFile(path.resolve(request.cwd, file)),
    readPreparedFile: readPreparedCsl,
    profile,
  });
}

async function readTarget(target: string, cwd: string): Promise<string | undefined> {
  try {
    return await readTextFileIfExists(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProfileError(`cannot read the file (${code ?? String(error)})`, {
      file: displayPath(target, cwd),
      cause: error,
    });
  }
}

async function exportSite(
  site: ExportSite,
  profile: Profile,
  publicationEntry: PublicationEntryRenderer | undefined,
  request: ExportRequest,
): Promise<ExportResult> {
  const { renderSite } = await import('../export/renderSite.js');
  const { inspectSitePath, syncSiteFolder } = await import('../store/siteFolder.js');
  const siteDir = path.resolve(request.cwd, request.out as string);
  const config = inspectSitePath(siteDir, '_config.yml');
  const generated = await renderSite(profile, site, {
    ...(publicationEntry === undefined ? {} : { publicationEntry }),
    ...(config.kind === 'file' ? { siteConfig: config.content } : {}),
  });
  const sync = await syncSiteFolder(siteDir, site, generated.files, {
    force: request.force,
    check: request.check,
    profileDir: request.dir,
  });
  return { kind: 'site', site, siteDir, advice: generated.advice, notes: generated.notes ?? [], sync };
}
