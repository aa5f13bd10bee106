import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  NoSchemaIntrospectionCustomRule,
  type GraphQLError,
  type GraphQLFormattedError,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Config } from '../config';

/** The limits every operation is held to, on HTTP and WebSocket alike. */
export interface OperationLimits {
  /** Levels of fields, the root field being 1 (fragments add none). */
  maxDepth: number;
  maxAliases: number;
  /** The estimated cost (see complexity.ts). */
  maxComplexity: number;
  introspection: boolean;
}

export function operationLimits(config: Config): OperationLimits {
  return {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxComplexity: config.MAX_QUERY_COMPLEXITY,
    introspection: config.NODE_ENV !== 'production',
  };
}

/** The parser stops past this many tokens: the apps' largest operation has a few hundred. */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: 5000 };

const MAX_DIRECTIVES = 50;

// Armor's rules throw their refusal by default, and a throw out of validate() is an HTTP 500:
// report it through the validation context like every other rule.
const reportRefusal = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

/**
 * The validation rules besides graphql-js's own (which refuse fragment cycles). Each counts
 * fragments once however often they are spread, so a fan-out of fragments costs linear time.
 */
export function validationRules(limits: OperationLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reportRefusal }),
    maxAliasesRule({ n: limits.maxAliases, ...reportRefusal }),
    maxDirectivesRule({ n: MAX_DIRECTIVES, ...reportRefusal }),
    ...(limits.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Without introspection, graphql-js's "Did you mean …?" would still spell the schema out field
 * by field: the hints go when introspection does.
 */
export function hidingSuggestions(limits: OperationLimits, format: FormatError): FormatError {
  if (limits.introspection) return format;
  return (formatted, error) => {
    const shaped = format(formatted, error);
    return { ...shaped, message: shaped.message.replace(/ Did you mean .*\?$/, '') };
  };
}
