import fc from 'fast-check';
import {
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  Kind,
  parse,
  specifiedRules,
  validate,
  type OperationDefinitionNode,
} from 'graphql';
import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { describe, expect, it } from 'vitest';
import { depthLimitRule, depthMeasure, operationCost } from './query-limits.js';

// A small schema with the shapes that matter: a recursive type, lists sized by `take`, declared costs.
const HEAVY = 50;
const SCORE = 7;
const byTake = ({ args, childComplexity }: ComplexityEstimatorArgs): number => 1 + (args['take'] as number) * childComplexity;
const Item: GraphQLObjectType = new GraphQLObjectType({
  name: 'Item',
  fields: () => ({
    id: { type: new GraphQLNonNull(GraphQLID) },
    name: { type: GraphQLString },
    score: { type: GraphQLFloat, extensions: { complexity: SCORE } },
    parent: { type: Item },
    children: { type: new GraphQLList(Item), args: { take: { type: GraphQLInt, defaultValue: 5 } }, extensions: { complexity: byTake } },
  }),
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      item: { type: Item },
      heavy: { type: Item, extensions: { complexity: HEAVY } },
      items: { type: new GraphQLList(Item), args: { take: { type: GraphQLInt, defaultValue: 3 } }, extensions: { complexity: byTake } },
    },
  }),
});

// A selection tree, printed as GraphQL with some subtrees as inline fragments or named fragments
// (each named fragment spread once: no fan-out, so a plain recursion over the tree is the reference).
interface Leaf {
  readonly leaf: 'id' | 'name' | 'score' | '__typename';
}
interface ObjectNode {
  readonly name: string;
  readonly take: number | undefined;
  readonly wrap: 'plain' | 'inline' | 'fragment';
  readonly children: readonly Selection[];
}
type Selection = Leaf | ObjectNode;

const selections = fc.letrec<{ selection: Selection; object: ObjectNode }>((tie) => ({
  selection: fc.oneof({ depthSize: 'small' }, fc.record({ leaf: fc.constantFrom('id' as const, 'name' as const, 'score' as const, '__typename' as const) }), tie('object')),
  object: fc.record({
    name: fc.constantFrom('parent', 'children'),
    take: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    wrap: fc.constantFrom('plain' as const, 'inline' as const, 'fragment' as const),
    children: fc.array(tie('selection'), { minLength: 1, maxLength: 4 }),
  }),
}));
const roots = fc.array(
  fc.record({
    name: fc.constantFrom('item', 'heavy', 'items'),
    take: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    wrap: fc.constantFrom('plain' as const, 'inline' as const, 'fragment' as const),
    children: fc.array(selections.selection, { minLength: 1, maxLength: 4 }),
  }),
  { minLength: 1, maxLength: 3 },
);

function print(rootNodes: readonly ObjectNode[]): string {
  const fragments: string[] = [];
  let aliases = 0;
  const selectionText = (selection: Selection): string => ('leaf' in selection ? selection.leaf : objectText(selection));
  function objectText(node: ObjectNode): string {
    const takes = node.name === 'children' || node.name === 'items';
    const args = takes && node.take !== undefined ? `(take: ${node.take})` : '';
    const inner = node.children.map(selectionText).join(' ');
    let body = inner;
    if (node.wrap === 'inline') body = `... on Item { ${inner} }`;
    if (node.wrap === 'fragment') {
      const name = `F${fragments.length}`;
      fragments.push(`fragment ${name} on Item { ${inner} }`);
      body = `...${name}`;
    }
    return `a${aliases++}: ${node.name}${args} { ${body} }`;
  }
  return [`query { ${rootNodes.map(objectText).join(' ')} }`, ...fragments].join('\n');
}

const naiveDepth = (selection: Selection): number => ('leaf' in selection ? 0 : 1 + Math.max(...selection.children.map(naiveDepth)));

function naiveCost(selection: Selection): number {
  if ('leaf' in selection) return selection.leaf === 'score' ? SCORE : 1;
  const child = selection.children.reduce((sum, next) => sum + naiveCost(next), 0);
  if (selection.name === 'heavy') return HEAVY + child;
  if (selection.name === 'children') return 1 + (selection.take ?? 5) * child;
  if (selection.name === 'items') return 1 + (selection.take ?? 3) * child;
  return 1 + child;
}

const operationOf = (text: string) => {
  const document = parse(text);
  return { document, operation: document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)! };
};

describe('query depth and cost', () => {
  it('equal a plain recursion over the selection tree, fragments or not', () => {
    fc.assert(
      fc.property(roots, (rootNodes) => {
        const { document, operation } = operationOf(print(rootNodes));
        expect(validate(schema, document)).toEqual([]);
        expect(depthMeasure(schema, document)(operation)).toBe(Math.max(...rootNodes.map(naiveDepth)));
        expect(operationCost(schema, document, operation, {})).toBe(rootNodes.reduce((sum, node) => sum + naiveCost(node), 0));
      }),
      { numRuns: 300 },
    );
  });

  // Each fragment spreads the next one twice, flat or inside a list: the work a naive walk does
  // doubles with each level. The budget is generous; only a walk that is not linear misses it.
  const fanOut = fc.array(fc.record({ spreads: fc.constant(2), nested: fc.boolean(), fields: fc.subarray(['id', 'name', 'score']) }), { minLength: 8, maxLength: 22, size: 'max' });

  function fanOutDocument(levels: ReadonlyArray<{ spreads: number; nested: boolean; fields: string[] }>): string {
    const fragments = levels.map((level, index) => {
      const spreads = Array.from({ length: level.spreads }, () => `...F${index + 1}`).join(' ');
      return `fragment F${index} on Item { id ${level.fields.join(' ')} ${level.nested ? `children { ${spreads} }` : spreads} }`;
    });
    return [`query { item { ...F0 } }`, ...fragments, `fragment F${levels.length} on Item { name }`].join('\n');
  }

  it('take time proportional to the document, however fragments fan out', () => {
    fc.assert(
      fc.property(fanOut, (levels) => {
        const text = fanOutDocument(levels);
        const started = performance.now();
        const { document, operation } = operationOf(text);
        validate(schema, document, [...specifiedRules, depthLimitRule(8)]);
        const cost = operationCost(schema, document, operation, {});
        const elapsed = performance.now() - started;
        expect(cost).toBeGreaterThan(levels.length);
        expect(elapsed).toBeLessThan(200 + text.length);
      }),
      { numRuns: 100 },
    );
  });

  it('counts a fan-out of 60 levels at its full cost, without walking it', () => {
    const levels = Array.from({ length: 60 }, () => ({ spreads: 2, nested: false, fields: [] }));
    const { document, operation } = operationOf(fanOutDocument(levels));
    // The root field, then at each level its id and twice the next level; the last level is one field.
    const expected = 1 + levels.reduce((cost) => 1 + 2 * cost, 1);
    expect(operationCost(schema, document, operation, {})).toBe(expected);
    expect(depthMeasure(schema, document)(operation)).toBe(1);
  });
});
