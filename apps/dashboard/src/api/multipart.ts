/** A file to send: a browser File, or any Blob with a name. */
export interface NamedBlob {
  readonly name: string;
  readonly blob: Blob;
}

/**
 * The two JSON parts of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec):
 * `operations`, with each file replaced by null in the list variable, and `map`, naming for each file
 * part the variable it fills.
 */
export function multipartParts(query: string, variables: Record<string, unknown>, fileCount: number, listVariable = 'files'): { operations: string; map: string } {
  const operations = JSON.stringify({ query, variables: { ...variables, [listVariable]: Array.from({ length: fileCount }, () => null) } });
  const map = JSON.stringify(Object.fromEntries(Array.from({ length: fileCount }, (_, index) => [String(index), [`variables.${listVariable}.${index}`]])));
  return { operations, map };
}

/** The multipart body: operations, map, then one part per file (named 0, 1, … in the map's order). */
export function buildMultipartBody(query: string, variables: Record<string, unknown>, files: readonly NamedBlob[], listVariable = 'files'): FormData {
  const { operations, map } = multipartParts(query, variables, files.length, listVariable);
  const form = new FormData();
  form.append('operations', operations);
  form.append('map', map);
  files.forEach((file, index) => form.append(String(index), file.blob, file.name));
  return form;
}
