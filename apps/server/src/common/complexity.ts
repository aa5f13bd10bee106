import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';

/** A list asked for `first: n` costs n times what one of its items costs. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * Math.max(childComplexity, 1) : undefined;

/** Refuses operations whose estimated cost exceeds `max` before any resolver runs. */
export function complexityLimit(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [
                fieldExtensionsEstimator(),
                pageEstimator,
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch {
            // Variables that do not fit their types (e.g. an unknown enum value): execution
            // refuses them with BAD_USER_INPUT before any resolver runs, so nothing to price.
            return;
          }
          if (complexity > max) {
            throw new GraphQLError(`This query is too expensive (${complexity}, at most ${max})`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', complexity, max },
            });
          }
        },
      };
    },
  };
}
