import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Compiled = CompiledQuery | ExecutionResult;

/**
 * graphql-jit's errors are its own GraphQLError, without the `extensions` graphql-js always sets
 * (Apollo reads `extensions.code` of every error and turns a missing one into an internal error):
 * each made again as graphql-js makes it, with its locations.
 */
function asGraphqlError(error: GraphQLError): GraphQLError {
  const remade = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  (remade as { locations: GraphQLError['locations'] }).locations = error.locations;
  return remade;
}

/**
 * Apollo executing each read with graphql-jit instead of graphql-js: a query is compiled to one
 * function the second time its document is run, and that function resolves every later request
 * of it (Apollo's document store hands back the same parsed document for the same text, so the
 * compiled form is kept beside it and goes when it goes). Apollo still parses, validates, runs
 * the plugins and formats the errors; only `execute` changes. Apollo takes a custom executor
 * only through its gateway interface, for a schema that never changes here.
 *
 * Where graphql-jit departs from graphql-js, graphql-js decides: the variables are coerced by
 * graphql-js first (graphql-jit 0.8 refuses an omitted `Int! = 20`, or an input field
 * `Boolean! = false`, that the spec fills with its default), and a variable it refuses is
 * answered by graphql-js's own execute, word for word. Mutations run on graphql-js: they are
 * a small share of the traffic, each does its work in the database, and their input objects
 * are where graphql-jit's coercion differs most (an omitted field null rather than absent).
 */
export function compiledExecutor(schema: GraphQLSchema): Gateway {
  // An operation is compiled the second time its document is run: one sent once (a stranger's
  // made-up query, say) costs graphql-js's execution, not a compilation as well.
  const compiled = new WeakMap<DocumentNode, Map<string | undefined, Compiled | 'seen once'>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const query = byName.get(operationName);
    if (query === undefined) return void byName.set(operationName, 'seen once');
    if (query !== 'seen once') return query;
    const made = compileQuery(schema, document, operationName);
    byName.set(operationName, made);
    return made;
  };
  /** A query's variables as graphql-js coerces them; undefined when it refuses them. */
  const coercedVariables = (operation: OperationDefinitionNode, given: Record<string, unknown>) =>
    operation.variableDefinitions?.length
      ? getVariableValues(schema, operation.variableDefinitions, given, { maxErrors: 50 }).coerced
      : {};
  return {
    async load() {
      return {
        schema,
        executor: async ({ document, operation, operationName, request, context }) => {
          const variableValues = request.variables ?? {};
          const coerced =
            operation.operation === 'query'
              ? coercedVariables(operation, variableValues)
              : undefined;
          const query = coerced && compiledFor(document, operationName ?? undefined);
          if (!query || !isCompiledQuery(query))
            return execute({
              schema,
              document,
              operationName,
              contextValue: context,
              variableValues,
            });
          const result = await query.query(undefined, context, coerced);
          return result.errors ? { ...result, errors: result.errors.map(asGraphqlError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
