/** The API takes at most this many files in one upload (a datapackage.json and its resources). */
export const MAX_FILES = 10;

const ACCEPTED = /\.(csv|json)$/i;

export interface FileChoice<F extends { name: string }> {
  readonly files: F[];
  /** Why a file was left out, one sentence each. */
  readonly refused: string[];
}

/**
 * Adds newly picked or dropped files to the chosen ones: only .csv and .json (datapackage.json
 * included); a file with the same name as a chosen one replaces it; at most MAX_FILES.
 */
export function addFiles<F extends { name: string }>(chosen: readonly F[], added: readonly F[]): FileChoice<F> {
  const byName = new Map(chosen.map((file) => [file.name, file]));
  const refused: string[] = [];
  for (const file of added) {
    if (!ACCEPTED.test(file.name)) refused.push(`${file.name} is not a CSV or JSON file.`);
    else if (!byName.has(file.name) && byName.size >= MAX_FILES) refused.push(`${file.name} was left out: an upload holds at most ${MAX_FILES} files.`);
    else byName.set(file.name, file);
  }
  return { files: [...byName.values()], refused };
}

export function isDataPackage(name: string): boolean {
  return name.toLowerCase() === 'datapackage.json';
}

/** What the upload will do with the chosen files, for the hint under the file list. */
export function describeChoice(files: ReadonlyArray<{ name: string }>): string | null {
  if (files.length === 0) return null;
  const data = files.filter((file) => !isDataPackage(file.name));
  if (data.length === 0) return 'Add the CSV or JSON files datapackage.json lists.';
  return files.some((file) => isDataPackage(file.name))
    ? 'datapackage.json names the dataset, its sources and its resources.'
    : 'Without datapackage.json, each file’s kind is recognized from its header and the source column is the citation.';
}
