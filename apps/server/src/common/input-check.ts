import { fieldProblem, type FieldProblem } from '@cqss/domain';
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLID,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode } from './errors';

/** Every ID of the API is a row's UUID (PostgreSQL would refuse anything else, as a 500). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function collect(type: GraphQLInputType, value: unknown, field: string, out: FieldProblem[]) {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return collect(type.ofType, value, field, out);
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((v, i) => collect(type.ofType, v, `${field}.${i}`, out));
    return;
  }
  if (isInputObjectType(type)) {
    const record = value as Record<string, unknown>;
    for (const f of Object.values(type.getFields()))
      collect(f.type, record[f.name], field ? `${field}.${f.name}` : f.name, out);
    return;
  }
  if (typeof value !== 'string') return;
  if (value.includes('\0'))
    out.push(fieldProblem(field, 'INVALID', undefined, 'Text may not contain NUL characters'));
  else if (getNamedType(type) === GraphQLID && !UUID.test(value))
    out.push(fieldProblem(field, 'NOT_UUID'));
}

/**
 * What the arguments of an operation hold that the database would choke on: ids that are not
 * UUIDs, text with NUL characters. One pass over the operation and its fragments, before any
 * resolver runs. Fields are named as the client sends them: inside `input`, by their path in it.
 */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): FieldProblem[] {
  const { coerced } = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    variables ?? {},
  );
  if (!coerced) return []; // execution refuses variables of the wrong type itself
  const out: FieldProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  const definitions = document.definitions.filter(
    (d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION,
  );
  visit(
    { kind: Kind.DOCUMENT, definitions },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (!def?.args.length || !node.arguments?.length) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(def, node, coerced);
        } catch {
          return; // refused by execution with its own message
        }
        for (const arg of def.args)
          collect(arg.type, args[arg.name], arg.name === 'input' ? '' : arg.name, out);
      },
    }),
  );
  return out;
}

/** BAD_USER_INPUT with its problems, as a GraphQLError: it is raised before execution. */
export function badInput(problems: FieldProblem[]): GraphQLError {
  return new GraphQLError(
    problems.length === 1 ? problems[0]!.message : 'Some fields are not valid',
    {
      extensions: { code: ErrorCode.BAD_USER_INPUT, problems },
    },
  );
}
