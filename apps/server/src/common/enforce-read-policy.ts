import type { Role } from '@cqss/domain';
import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { Principal } from '../modules/auth/principal';
import type { Context } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { READ_POLICY, type TypePolicy } from './read-policy';
import type { Tenancy } from './scope';

type Policies = Record<string, TypePolicy>;

/** The policy of a type; a connection goes with the type of its nodes. */
export function policyOf(policies: Policies, typeName: string): TypePolicy | undefined {
  return policies[typeName] ?? policies[typeName.replace(/Connection$/, '')];
}

const isRoot = (schema: GraphQLSchema, type: GraphQLObjectType) =>
  type === schema.getQueryType() ||
  type === schema.getMutationType() ||
  type === schema.getSubscriptionType();

function assertComplete(schema: GraphQLSchema, policies: Policies) {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || isRoot(schema, type)) continue;
    if (!policyOf(policies, type.name)) problems.push(`no read policy for ${type.name}`);
  }
  for (const [name, policy] of Object.entries(policies)) {
    const type = schema.getType(name);
    if (!isObjectType(type)) problems.push(`read policy for unknown type ${name}`);
    else
      for (const field of Object.keys(policy.fields ?? {}))
        if (!type.getFields()[field])
          problems.push(`read policy for unknown field ${name}.${field}`);
  }
  if (problems.length) throw new Error(`Read policy: ${problems.join('; ')}`);
}

/** Whether a row resolved for the viewer belongs to the viewer's company or organ. */
function isOwn(row: unknown, viewer: Principal): boolean {
  if (!row || typeof row !== 'object') return true;
  const tenancy = (row.constructor as { tenancy?: Tenancy }).tenancy;
  if (!tenancy) return true;
  const value = (column: string | undefined) =>
    column ? (row as Record<string, unknown>)[column] : null;
  if (viewer.companyId) {
    const company = value(tenancy.company);
    return company === null || company === undefined || company === viewer.companyId;
  }
  const organ = value(tenancy.organ);
  return (
    organ === null ||
    organ === undefined ||
    (viewer.kind === 'user' && organ === viewer.policeOrganId)
  );
}

/** Calls `then` on a resolver's result, awaited when it is a promise. */
const after = (result: unknown, then: (value: unknown) => unknown) =>
  result instanceof Promise ? result.then(then) : then(result);

function assertOwn(value: unknown, viewer: Principal): unknown {
  const rows = Array.isArray(value) ? value : [value];
  if (!rows.every((row) => isOwn(row, viewer))) throw new ForbiddenError();
  return value;
}

interface Guard {
  /** Null: any signed-in caller. */
  roles: ReadonlySet<Role> | null;
  shownFor?: (viewer: Principal, row: never) => boolean;
  /** The field resolves objects, whose tenancy is checked. */
  rows: boolean;
  root: boolean;
}

function guardOf(
  schema: GraphQLSchema,
  policies: Policies,
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
): Guard | null {
  const target = getNamedType(field.type);
  const targetPolicy = isObjectType(target) ? policyOf(policies, target.name) : undefined;
  const rule = isRoot(schema, parent)
    ? undefined
    : policyOf(policies, parent.name)?.fields?.[field.name];
  const ruleRoles = rule ? ('roles' in rule ? rule.roles : rule) : null;
  const shownFor = rule && 'shownFor' in rule ? rule.shownFor : undefined;
  if (!targetPolicy && !rule) return null;
  const roles = [targetPolicy?.read, ruleRoles]
    .filter((r): r is readonly Role[] => !!r)
    .reduce<Role[] | null>((acc, r) => (acc ? acc.filter((x) => r.includes(x)) : [...r]), null);
  return {
    roles: roles && new Set(roles),
    shownFor,
    rows: !!targetPolicy,
    root: isRoot(schema, parent),
  };
}

function guarded(resolve: GraphQLFieldResolver<unknown, Context>, guard: Guard) {
  const { roles, shownFor, rows, root } = guard;
  const admit = (viewer: Principal | null): Principal => {
    if (!viewer) throw new UnauthenticatedError();
    if (roles && !roles.has(viewer.role)) throw new ForbiddenError('Not shown to your role');
    return viewer;
  };
  return (
    source: unknown,
    args: Record<string, unknown>,
    ctx: Context,
    info: GraphQLResolveInfo,
  ) => {
    // Signing in (or pairing a kiosk) is what an anonymous caller may do: its result is read as
    // the caller it signed in.
    if (root && !ctx.principal)
      return after(resolve(source, args, ctx, info), (value) =>
        assertOwn(value, admit(ctx.principal)),
      );
    const viewer = admit(ctx.principal);
    if (shownFor && !shownFor(viewer, source as never)) return null;
    const result = resolve(source, args, ctx, info);
    return rows ? after(result, (value) => assertOwn(value, viewer)) : result;
  };
}

/**
 * Applies the read policy to every field of the schema that resolves a guarded object or has a
 * rule of its own; fields every reader of their type may read keep their resolver untouched.
 * Refusals are FORBIDDEN (the field null, with the error); a row-dependent rule shows null.
 */
export function enforceReadPolicy(schema: GraphQLSchema, policies: Policies = READ_POLICY): void {
  assertComplete(schema, policies);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const guard = guardOf(schema, policies, type, field);
      if (!guard) continue;
      field.resolve = guarded(
        (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Context>,
        guard,
      );
    }
  }
}
