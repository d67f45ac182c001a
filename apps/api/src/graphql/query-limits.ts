import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValidationContext,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Complexity } from '@nestjs/graphql';
import { selectionFold } from './selection-fold.js';

/** Deeper than any view needs (the deepest, events → products → vendor → aliases, is 4). */
export const MAX_QUERY_DEPTH = 8;
/** A plain field costs 1; fields that query or compute much say so (see field-cost.ts). */
export const MAX_QUERY_COST = 2_000;
/**
 * Lexical tokens a document may hold; parsing stops there. The dashboard's largest document has
 * about 150 and graphql-js's introspection query about 170; every validation rule's time grows
 * with the document, so this bounds them all.
 */
export const MAX_QUERY_TOKENS = 2_000;

/**
 * Object levels each operation of a document nests, each fragment measured once for the whole
 * document. Introspection fields (`__schema`, `__type`) are left to graphql-js's own
 * MaxIntrospectionDepthRule: its queries nest deeper than views do.
 */
export function depthMeasure(schema: GraphQLSchema, document: DocumentNode): (operation: OperationDefinitionNode) => number {
  const fold = selectionFold(schema, document, {
    field: (node, _definition, _parent, child) => (node.name.value.startsWith('__') ? 0 : (node.selectionSet ? 1 : 0) + child),
    combine: Math.max,
  });
  return (operation) => {
    const root = schema.getRootType(operation.operation);
    return root ? fold(operation.selectionSet, root) : 0;
  };
}

/**
 * What an operation costs: each field its declared complexity (Nest's `complexity` option: a number
 * added to what its selection costs, or a function of its arguments and that cost), 1 when it
 * declares none. Repeated selections count each time. Throws a GraphQLError when the variables do
 * not fit the field arguments.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const includes = (node: SelectionNode): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;
  const fold = selectionFold(schema, document, {
    includes,
    combine: (a, b) => a + b,
    field: (node, definition, parentType, child) => {
      const declared = definition.extensions['complexity'] as Complexity | undefined;
      if (typeof declared === 'number') return declared + child;
      if (typeof declared === 'function') {
        const args = getArgumentValues(definition, node, variables);
        const cost = declared({ args, childComplexity: child, field: definition, type: parentType });
        if (typeof cost === 'number') return cost;
      }
      return 1 + child;
    },
  });
  return fold(operation.selectionSet, root);
}

/** Refuses operations nested deeper than `maxDepth` object levels. */
export function depthLimitRule(maxDepth: number): (context: ValidationContext) => ASTVisitor {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = depthMeasure(context.getSchema(), context.getDocument());
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation);
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`This query is nested ${depth} levels deep; at most ${maxDepth} are allowed.`, { nodes: [operation], extensions: { code: 'BAD_USER_INPUT' } }));
        }
      },
    };
  };
}

const badInput = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * Refuses an operation costing more than `maxCost` once its variables are known, before anything
 * runs: an Apollo plugin rather than a validation rule, since validation runs before variables are
 * coerced and a `take` or a list of donors may come in a variable.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          let cost: number;
          try {
            cost = operationCost(schema, document, operation, request.variables ?? {});
          } catch (error) {
            // Variables that do not fit the operation: the caller's mistake, said as such.
            throw badInput(error instanceof Error ? error.message : String(error));
          }
          if (cost > maxCost) {
            const shown = cost < 1e9 ? Math.round(cost).toLocaleString('en-US') : 'over a billion';
            throw badInput(`This query costs ${shown}; at most ${maxCost.toLocaleString('en-US')} is allowed. Ask for fewer fields, fewer aliases or fewer analyses at once.`);
          }
        },
      };
    },
  };
}
