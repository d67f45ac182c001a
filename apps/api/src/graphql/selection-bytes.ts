import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** A scalar in JSON with its key's quotes, colon and comma: numbers, ids, dates, short names. */
const SCALAR_BYTES = 24;
/** An item of a list of scalars (a share, an id) with its comma. */
const SCALAR_ITEM_BYTES = 12;

type Fragments = GraphQLResolveInfo['fragments'];

const fragmentBytes = new WeakMap<FragmentDefinitionNode, number>();
const itemBytesByNode = new WeakMap<FieldNode, number>();

/** Estimated JSON bytes of one object with this selection; nested lists count one item (they charge their own). */
function selectionBytes(selectionSet: SelectionSetNode, fragments: Fragments): number {
  let bytes = 2;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = (selection.alias ?? selection.name).value.length + 4;
      bytes += key + (selection.selectionSet ? selectionBytes(selection.selectionSet, fragments) : SCALAR_BYTES);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      bytes += selectionBytes(selection.selectionSet, fragments);
    } else {
      const fragment = fragments[selection.name.value];
      if (!fragment) continue;
      let known = fragmentBytes.get(fragment);
      if (known === undefined) fragmentBytes.set(fragment, (known = selectionBytes(fragment.selectionSet, fragments)));
      bytes += known;
    }
  }
  return bytes;
}

/** Estimated JSON bytes of one item of the list these (merged) field nodes resolve to, remembered per node. */
export function itemBytes(fieldNodes: readonly FieldNode[], fragments: Fragments): number {
  const node = fieldNodes[0];
  if (!node) return 0;
  let known = itemBytesByNode.get(node);
  if (known === undefined) {
    known = 0;
    for (const fieldNode of fieldNodes) known += fieldNode.selectionSet ? selectionBytes(fieldNode.selectionSet, fragments) : SCALAR_ITEM_BYTES;
    itemBytesByNode.set(node, known);
  }
  return known;
}

/** The fields named `name` selected under these nodes, through fragments, whatever their aliases. */
function childFields(nodes: readonly FieldNode[], name: string, fragments: Fragments): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === name) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return found;
}

/**
 * Estimated JSON bytes one row of data adds to the response of the field being resolved: one item
 * of each list at the given paths below it (`['periods', 'entries']`), as far as they are selected.
 */
export function rowBytes(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): number {
  let bytes = 0;
  for (const path of paths) {
    let nodes: readonly FieldNode[] = info.fieldNodes;
    for (const name of path) nodes = childFields(nodes, name, info.fragments);
    if (nodes.length > 0) bytes += itemBytes(nodes, info.fragments);
  }
  return bytes;
}
