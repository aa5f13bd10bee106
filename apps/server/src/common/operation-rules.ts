import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { priceOperation } from './complexity';
import { ErrorCode } from './errors';
import { badInput, inputProblems } from './input-check';
import { PARSE_OPTIONS, validationRules, type OperationLimits } from './validation-rules';

/** What HTTP and WebSocket both apply to every operation, built once per server. */
export interface OperationRules {
  parseOptions: ParseOptions;
  /** Beside graphql-js's specified rules: depth, aliases, directives, introspection. */
  validationRules: ValidationRule[];
  /** After validation, with the variables: the price, then the arguments. Null: it may run. */
  refusal(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | null | undefined,
  ): GraphQLError | null;
}

export function operationRules(schema: GraphQLSchema, limits: OperationLimits): OperationRules {
  const judge: OperationRules['refusal'] = (document, operation, variables) => {
    const name = operation.name?.value;
    const priced = priceOperation(schema, document, name, variables, limits.maxComplexity);
    if (priced) return priced;
    const problems = inputProblems(schema, document, operation, variables);
    return problems.length ? badInput(problems) : null;
  };
  // The judgement depends on the document and the variables only. Without variables it is the
  // same every time for a document, and the server parses a document sent again only once (its
  // document cache hands back the same object): judged once, remembered with the document.
  const judged = new WeakMap<DocumentNode, Map<OperationDefinitionNode, GraphQLError | null>>();
  return {
    parseOptions: PARSE_OPTIONS,
    validationRules: validationRules(limits),
    refusal(document, operation, variables) {
      if (variables && Object.keys(variables).length > 0)
        return judge(document, operation, variables);
      let byOperation = judged.get(document);
      if (!byOperation) judged.set(document, (byOperation = new Map()));
      let refusal = byOperation.get(operation);
      if (refusal === undefined)
        byOperation.set(operation, (refusal = judge(document, operation, variables)));
      return refusal;
    },
  };
}

const withStatus = (error: GraphQLError, status: number) =>
  new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });

/** Applies the rules' refusal to HTTP requests, as a 400: the request is at fault, not the server. */
export function operationRulesPlugin(rules: OperationRules): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          // No such operation in the document: execution refuses it before any resolver runs.
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw withStatus(
              new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at /graphql', {
                extensions: { code: ErrorCode.BAD_USER_INPUT },
              }),
              400,
            );
          }
          const refusal = rules.refusal(document, operation, request.variables);
          if (refusal) throw withStatus(refusal, 400);
        },
      };
    },
  };
}
