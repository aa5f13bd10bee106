import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { ErrorCode } from './errors';

/** A list asked for `first: n` costs n times what one of its items costs. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * Math.max(childComplexity, 1) : undefined;

const ESTIMATORS = [
  fieldExtensionsEstimator(),
  pageEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

/**
 * Fields looked at (fragments inlined) before giving up: the apps' largest operation has about a
 * hundred, and the count bounds the work a fan-out of fragments could otherwise make exponential.
 */
const MAX_NODES = 5000;

export function queryTooComplex(message: string, max: number, complexity?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', max, ...(complexity ? { complexity } : {}) },
  });
}

/**
 * Prices an operation before any resolver runs and refuses it over `max`. It fails closed:
 * an operation that cannot be priced (too many fields, variables that do not fit) is refused,
 * never run unpriced. Returns the refusal, or null when the operation may run.
 */
export function priceOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  max: number,
): GraphQLError | null {
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: ESTIMATORS,
      maxQueryNodes: MAX_NODES,
    });
  } catch (error) {
    // Variables or arguments that do not fit their types: the client's mistake, said as
    // execution would say it.
    if (error instanceof GraphQLError && /^(Variable "\$|Argument ")/.test(error.message))
      return new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return queryTooComplex(`This query is too large to run (at most ${MAX_NODES} fields)`, max);
  }
  return complexity > max
    ? queryTooComplex(
        `This query is too expensive (${complexity}, at most ${max})`,
        max,
        complexity,
      )
    : null;
}
