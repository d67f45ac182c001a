import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** How to fold one kind of measure (depth, cost) over a selection set. */
export interface FoldRules {
  /** The measure of one field, given the measure of its own selection (0 for a leaf). */
  field(node: FieldNode, definition: GraphQLField<unknown, unknown>, parentType: GraphQLCompositeType, child: number): number;
  /** Sibling selections: summed (cost) or the largest (depth). */
  combine(a: number, b: number): number;
  /** Whether a selection counts (@skip/@include once variables are known). */
  includes?(node: SelectionNode): boolean;
}

/** The definition a field name resolves to on a type, meta fields included; undefined when unknown. */
export function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

/**
 * Folds a measure over selection sets, each named fragment once: a fragment's measure does not
 * depend on where it is spread, so it is remembered, and the fold takes time linear in the
 * document however often fragments spread each other. A fragment met again while being measured
 * (a cycle, which validation reports) counts 0.
 */
export function selectionFold(schema: GraphQLSchema, document: DocumentNode, rules: FoldRules): (selectionSet: SelectionSetNode, type: GraphQLCompositeType) => number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, number>();
  const measuring = new Set<string>();

  const fragmentMeasure = (name: string): number => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    if (!fragment || !isCompositeType(type) || measuring.has(name)) return 0;
    measuring.add(name);
    const value = fold(fragment.selectionSet, type);
    measuring.delete(name);
    measured.set(name, value);
    return value;
  };

  const selectionMeasure = (selection: SelectionNode, parentType: GraphQLCompositeType): number => {
    switch (selection.kind) {
      case Kind.FIELD: {
        const definition = fieldDefinition(schema, parentType, selection.name.value);
        if (!definition) return 0;
        const childType = getNamedType(definition.type);
        const child = selection.selectionSet && isCompositeType(childType) ? fold(selection.selectionSet, childType) : 0;
        return rules.field(selection, definition, parentType, child);
      }
      case Kind.INLINE_FRAGMENT: {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        return isCompositeType(type) ? fold(selection.selectionSet, type) : 0;
      }
      case Kind.FRAGMENT_SPREAD:
        return fragmentMeasure(selection.name.value);
    }
  };

  function fold(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (rules.includes && !rules.includes(selection)) continue;
      total = rules.combine(total, selectionMeasure(selection, parentType));
    }
    return total;
  }

  return fold;
}
