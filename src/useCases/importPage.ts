/** `import-page` as a library call: read a home page, plan its profile, write the new folder or merge its items. */

import { planMerge } from '../importPage/planProfile/mergeItems.js';
import { buildReport, type ImportPageReport, type ItemOutcome } from '../importPage/planProfile/pageReport.js';
import { type ImportPlan, type PlannedItem, planImport } from '../importPage/planProfile/planImport.js';
import { newFolderFiles } from '../importPage/planProfile/profileFiles.js';
import { refuseWhatIsNotAPage } from '../importPage/readPage/notAPage.js';
import { decodePageBytes } from '../importPage/readPage/pageText.js';
import { type ItemKind, itemFolders, itemId, type Profile } from '../model/items.js';
import type { Problem } from '../problems.js';
import { assertProfileFolder } from '../store/itemFileList.js';
import { loadValidProfile } from '../store/loadProfile.js';
import { withProfileLock } from '../store/profileLock.js';
import { checkNewFolderPlace, writeItemFiles, writeNewProfileFolder } from '../store/writeImportedProfile.js';

export interface ImportPageOptions {
  /** The profile folder to create (or, with `merge`, to add to). */
  dir: string;
  /** How the folder is named in the report and in messages. */
  displayDir?: string;
  /** The page: its bytes, and how it is named (`about.md`, `<stdin>`). */
  page: { name: string; bytes: Uint8Array };
  /** Add the items the profile does not have yet, instead of creating a new folder. */
  merge?: boolean;
  /** Plan and report only: nothing is written, nothing is locked. */
  dryRun?: boolean;
  /** The owner's name, when the page does not make it clear (no author in bold). */
  ownerName?: string;
}

export interface ImportPageResult {
  report: ImportPageReport;
  /** Warnings about the profile's own files (with --merge), found while loading it. */
  warnings: Problem[];
}

export async function importPage(options: ImportPageOptions): Promise<ImportPageResult> {
  const displayDir = options.displayDir ?? options.dir;
  const text = decodePageBytes(options.page.bytes, options.page.name);
  refuseWhatIsNotAPage(text, options.page.name);
  const planWith = (ownerName: string | undefined): ImportPlan =>
    planImport(text, { source: options.page.name, ...(ownerName === undefined ? {} : { ownerName }) });
  const context = {
    source: options.page.name,
    dir: displayDir,
    mode: options.merge ? ('merge' as const) : ('create' as const),
    dryRun: options.dryRun ?? false,
  };
  if (!options.merge) {
    const plan = planWith(options.ownerName);
    const files = newFolderFiles(plan);
    if (options.dryRun) await checkNewFolderPlace(options.dir, displayDir);
    else await writeNewProfileFolder(options.dir, displayDir, files);
    const outcomes = new Map<PlannedItem, ItemOutcome>();
    for (const file of files.items) {
      if (file.planned)
        outcomes.set(file.planned, {
          status: 'added',
          id: itemId(file.kind, file.stem),
          file: filePath(file.kind, file.stem),
        });
    }
    const written = ['profile.md', ...files.items.map((file) => filePath(file.kind, file.stem))];
    return { report: buildReport(plan, context, outcomes, written), warnings: [] };
  }
  await assertProfileFolder(options.dir, displayDir);
  const merge = async (): Promise<ImportPageResult> => {
    const { profile, warnings } = await loadValidProfile(options.dir, { displayDir });
    // Merged items are the profile's owner's: the page is read with the name profile.md gives, unless --name says.
    const plan = planWith(options.ownerName ?? profile.owner.name);
    const { outcomes, files } = await mergeInto(options.dir, profile, plan, options.dryRun ?? false);
    return { report: buildReport(plan, context, outcomes, files), warnings };
  };
  return options.dryRun ? merge() : withProfileLock(options.dir, merge);
}

async function mergeInto(
  dir: string,
  profile: Profile,
  plan: ImportPlan,
  dryRun: boolean,
): Promise<{ outcomes: Map<PlannedItem, ItemOutcome>; files: string[] }> {
  const decisions = planMerge(profile, plan.items);
  const outcomes = new Map<PlannedItem, ItemOutcome>();
  const toWrite = decisions.flatMap((decision) => (decision.file ? [decision.file] : []));
  const written = dryRun
    ? toWrite.map((file) => ({ id: itemId(file.kind, file.stem), file: filePath(file.kind, file.stem) }))
    : await writeItemFiles(dir, toWrite);
  toWrite.forEach((file, index) => {
    const result = written[index];
    if (file.planned && result) outcomes.set(file.planned, { status: 'added', id: result.id, file: result.file });
  });
  for (const decision of decisions) {
    if (decision.presentAs) {
      outcomes.set(decision.planned, { status: 'present', id: decision.presentAs.id, file: decision.presentAs.file });
    }
  }
  return { outcomes, files: written.map((result) => result.file) };
}

function filePath(kind: ItemKind, stem: string): string {
  return `${itemFolders[kind].folder}/${stem}.md`;
}
