import { defaultFieldResolver, getNullableType, isListType, isObjectType, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { BudgetedContext } from './response-budget.js';
import { itemBytes } from './selection-bytes.js';

/**
 * Makes every list field charge the request's ResponseBudget as it resolves, before GraphQL builds
 * its items: a response past RESPONSE_MAX_BYTES stops growing at the first list that does not fit,
 * however deeply lists nest. The budget also paces a large response, so the event loop gets a turn
 * between slices of it. One wrapper call per list, not per item.
 */
export function chargeListFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: BudgetedContext | undefined, info) => {
        const value: unknown = resolve(source, args, context, info);
        const budget = context?.responseBudget;
        if (!budget) return value;
        const charge = (list: unknown): unknown => {
          if (!Array.isArray(list)) return list;
          const bytes = list.length * itemBytes(info.fieldNodes, info.fragments);
          budget.charge(bytes, `${info.parentType.name}.${info.fieldName} (${list.length.toLocaleString('en-US')} items)`);
          return budget.pace(bytes, list);
        };
        return value instanceof Promise ? value.then(charge) : charge(value);
      };
    }
  }
  return schema;
}

/** A refused response carries only the refusal: no partial data, whatever had been built. */
export function responseBudgetPlugin(): ApolloServerPlugin<BudgetedContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const refusal = contextValue.responseBudget?.refused;
          if (!refusal || response.body.kind !== 'single') return;
          response.body.singleResult = { data: null, errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.details } }] };
        },
      };
    },
  };
}
