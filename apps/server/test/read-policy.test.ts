import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@cqss/domain';
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/common/context';
import { policyOf } from '../src/common/enforce-read-policy';
import { READ_POLICY } from '../src/common/read-policy';
import { loadConfig } from '../src/config';
import type { Principal } from '../src/modules/auth/principal';
import { buildAppSchema } from '../src/schema/build-schema';

/*
 * The schema walked as each role would walk it: from every root field the server lets the role
 * call, through every field it does not refuse, down to the depth limit. A field is refused when
 * its resolver, called as the role, answers FORBIDDEN or UNAUTHENTICATED before touching the
 * database (the context's database side is a trap: touching it means the resolver went ahead).
 * Every (type, field) a role reaches must be granted to it by READ_POLICY.
 */

const MAX_DEPTH = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(32) }).MAX_QUERY_DEPTH;

const companyId = randomUUID();
const person = (role: Exclude<Role, 'KIOSK'>, extra: Partial<Principal> = {}): Principal => ({
  kind: 'user',
  userId: randomUUID(),
  username: 'walker',
  sessionId: randomUUID(),
  role,
  companyId,
  policeOrganId: null,
  organDivisionCode: null,
  guardId: null,
  ...(extra as object),
});
const VIEWERS: Record<Role, Principal> = {
  COMPANY_ADMIN: person(Role.COMPANY_ADMIN),
  DUTY_SUPERVISOR: person(Role.DUTY_SUPERVISOR),
  GUARD: person(Role.GUARD, { guardId: randomUUID() }),
  POLICE_OFFICER: person(Role.POLICE_OFFICER, {
    companyId: null,
    policeOrganId: randomUUID(),
    organDivisionCode: '500000',
  }),
  KIOSK: {
    kind: 'kiosk',
    role: 'KIOSK',
    deviceId: randomUUID(),
    companyId,
    customerUnitId: randomUUID(),
    postId: null,
  },
};

const trap = new Proxy(
  {},
  {
    get() {
      throw new Error('went ahead');
    },
  },
);

/** Whether the server refuses `field` of `parent` to the viewer, however the field is reached. */
async function refuses(
  schema: GraphQLSchema,
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  viewer: Principal,
): Promise<boolean> {
  const context = {
    requestId: 'walk',
    ip: '127.0.0.1',
    principal: viewer,
    loaders: trap,
    app: trap,
  };
  const info = {
    fieldName: field.name,
    fieldNodes: [],
    returnType: field.type,
    parentType: parent,
    path: { prev: undefined, key: field.name, typename: parent.name },
    schema,
    fragments: {},
    rootValue: undefined,
    operation: {
      kind: 'OperationDefinition',
      operation: 'query',
      selectionSet: { selections: [] },
    },
    variableValues: {},
  } as unknown as GraphQLResolveInfo;
  try {
    await (field.resolve ?? defaultFieldResolver)({}, {}, context as unknown as Context, info);
    return false;
  } catch (error) {
    const code = error instanceof GraphQLError ? error.extensions.code : null;
    return code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
  }
}

interface Walk {
  /** `Type.field` → the shortest path that reaches it. */
  reached: Map<string, string>;
  /** Field paths of at most MAX_DEPTH fields that the role can send without a refusal. */
  paths: bigint;
}

async function walk(schema: GraphQLSchema, viewer: Principal): Promise<Walk> {
  const passable = new Map<GraphQLObjectType, GraphQLField<unknown, unknown>[]>();
  const fieldsOf = async (type: GraphQLObjectType) => {
    let fields = passable.get(type);
    if (!fields) {
      fields = [];
      for (const field of Object.values(type.getFields()))
        if (!(await refuses(schema, type, field, viewer))) fields.push(field);
      passable.set(type, fields);
    }
    return fields;
  };
  const reached = new Map<string, string>();
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  // Breadth first, so the first path recorded to a field is a shortest one.
  let level: { type: GraphQLObjectType; path: string }[] = roots
    .filter((t): t is GraphQLObjectType => !!t)
    .map((type) => ({ type, path: type.name }));
  const seen = new Set<GraphQLObjectType>();
  for (let depth = 1; depth <= MAX_DEPTH && level.length; depth++) {
    const next: typeof level = [];
    for (const { type, path } of level) {
      if (seen.has(type)) continue;
      seen.add(type);
      for (const field of await fieldsOf(type)) {
        const key = `${type.name}.${field.name}`;
        const fieldPath = `${path}.${field.name}`;
        if (!reached.has(key)) reached.set(key, fieldPath);
        const target = getNamedType(field.type);
        if (isObjectType(target)) next.push({ type: target, path: fieldPath });
      }
    }
    level = next;
  }
  const memo = new Map<string, bigint>();
  const count = (type: GraphQLObjectType, left: number): bigint => {
    const key = `${type.name}/${left}`;
    let n = memo.get(key);
    if (n === undefined) {
      n = 0n;
      for (const field of passable.get(type) ?? []) {
        const target = getNamedType(field.type);
        n += 1n + (isObjectType(target) && left > 1 ? count(target, left - 1) : 0n);
      }
      memo.set(key, n);
    }
    return n;
  };
  const paths = roots.reduce((sum, root) => (root ? sum + count(root, MAX_DEPTH) : sum), 0n);
  return { reached, paths };
}

/** What READ_POLICY grants a role: may it read `field` of `type`? Root fields are entry points. */
function granted(schema: GraphQLSchema, role: Role, typeName: string, fieldName: string): boolean {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const target = getNamedType(type.getFields()[fieldName]!.type);
  if (isObjectType(target) && !policyOf(READ_POLICY, target.name)?.read.includes(role))
    return false;
  if (type === schema.getQueryType() || type === schema.getMutationType()) return true;
  if (type === schema.getSubscriptionType()) return true;
  const policy = policyOf(READ_POLICY, typeName);
  if (!policy?.read.includes(role)) return false;
  const rule = policy.fields?.[fieldName];
  return !rule || ('roles' in rule ? rule.roles : rule).includes(role);
}

let schema: GraphQLSchema;
const walks = {} as Record<Role, Walk>;

beforeAll(async () => {
  schema = await buildAppSchema();
  for (const role of Object.values(Role)) walks[role] = await walk(schema, VIEWERS[role]);
  // The figures of the closing note: `pnpm --filter @cqss/server exec vitest run test/read-policy.test.ts`
  console.info(
    Object.values(Role)
      .map(
        (role) =>
          `${role}: ${walks[role].paths} paths to depth ${MAX_DEPTH}, ${walks[role].reached.size} fields reached`,
      )
      .join('\n'),
  );
});

describe('the read policy, walked from every entry point of every role', () => {
  it.each(Object.values(Role))('lets a %s reach only what it grants', (role) => {
    const leaks = [...walks[role].reached]
      .filter(([key]) => !granted(schema, role, ...(key.split('.') as [string, string])))
      .map(([, path]) => path);
    expect(leaks).toEqual([]);
  });

  // The leaks found in issue 15, and the reads the screens need, whatever the table says.
  const cases: [Role, string[], string[]][] = [
    [
      Role.GUARD,
      [
        'Contract.fee',
        'Contract.content',
        'Contract.history',
        'Contract.customerUnit',
        'Contract.serviceRequest',
        'Contract.filing',
        'CustomerUnit.contactPhone',
        'CustomerUnit.creditCode',
        'ServiceRequest.description',
        'Filing.dossier',
        'Filing.history',
        'AuditEntry.actorLabel',
        'AuditEntry.ip',
        'Guard.phone',
        'Guard.idNumber',
        'Post.contract',
      ],
      [
        'OnDuty.shift',
        'Shift.post',
        'Post.postOrders',
        'Post.customerUnit',
        'CustomerUnit.name',
        'Post.supervisor',
        'Handover.items',
        'Handover.myActions',
        'Inquiry.reply',
        'Guard.name',
      ],
    ],
    [
      Role.DUTY_SUPERVISOR,
      ['Filing.history', 'Filing.dossier', 'Contract.filing', 'AuditEntry.ip', 'KioskDevice.name'],
      ['Contract.fee', 'Contract.history', 'AuditEntry.action', 'CustomerUnit.contactPhone'],
    ],
    [
      Role.POLICE_OFFICER,
      ['Filing.dossier', 'Filing.contract', 'Contract.fee', 'CustomerUnit.contactPhone'],
      [
        'Filing.history',
        'AuditEntry.actorLabel',
        'AuditEntry.ip',
        'FilingSubmission.items',
        'Company.securityLicenseNo',
        'IllegalRequestReport.description',
      ],
    ],
    [
      Role.KIOSK,
      ['Query.policeOrgans', 'PoliceOrgan.name', 'User.username', 'Company.name'],
      ['Query.kiosk', 'KioskSession.settings', 'Mutation.submitFeedback'],
    ],
    [
      Role.COMPANY_ADMIN,
      ['KioskSession.deviceName'],
      ['Filing.dossier', 'Filing.history', 'AuditEntry.ip', 'Contract.fee', 'Guard.idNumber'],
    ],
  ];
  it.each(cases)('as a %s, refuses the leaks and keeps the reads', (role, refused, kept) => {
    const reached = walks[role].reached;
    expect(refused.filter((f) => reached.has(f)).map((f) => reached.get(f))).toEqual([]);
    expect(kept.filter((f) => !reached.has(f))).toEqual([]);
  });

  it('refuses a kiosk every type but its own', () => {
    const types = new Set([...walks.KIOSK.reached.keys()].map((k) => k.split('.')[0]));
    expect([...types].sort()).toEqual(
      ['FeedbackReceipt', 'KioskSession', 'KioskSettings', 'Mutation', 'Query'].sort(),
    );
  });
});

// --- the apps' own documents ---------------------------------------------------------------

const REPO = path.join(__dirname, '../../..');

/** Who sends the documents of a source file: the roles whose screens show it. */
function rolesOf(file: string): Role[] {
  if (file.startsWith('apps/police/')) return [Role.POLICE_OFFICER];
  if (file.startsWith('apps/kiosk/')) return [Role.KIOSK];
  if (file.startsWith('packages/api-client/') || file.startsWith('packages/ui/'))
    return [Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR, Role.GUARD, Role.POLICE_OFFICER];
  if (/pages\/on-duty\//.test(file)) return [Role.GUARD];
  // The console's admin-only sections (its navigation shows them to COMPANY_ADMIN only).
  if (
    /pages\/(filings|audit|accounts|notifications)\/|pages\/papers\/(print\/)?Filing|KioskListPage|RegisterKioskDialog|ReportListPage/.test(
      file,
    )
  )
    return [Role.COMPANY_ADMIN];
  return [Role.COMPANY_ADMIN, Role.DUTY_SUPERVISOR];
}

/** Every `Type.field` an operation of the apps reads from results, with its fragments inlined. */
function clientReads() {
  const files = execSync(
    `git ls-files 'apps/*/src/**.vue' 'apps/*/src/**.ts' 'packages/api-client/src/**.ts' 'packages/ui/src/**.vue' 'packages/ui/src/**.ts'`,
    { cwd: REPO },
  )
    .toString()
    .trim()
    .split('\n')
    .filter((f) => !f.includes('/gql/') && !f.includes('.test.'));
  const documents = files.flatMap((file) =>
    [
      ...readFileSync(path.join(REPO, file), 'utf8').matchAll(
        /graphql\(\s*(?:\/\* GraphQL \*\/\s*)?`([\s\S]*?)`\s*\)/g,
      ),
    ].map((m) => ({ file, document: parse(m[1]!) })),
  );
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { document } of documents)
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const reads: { file: string; operation: string; fields: Set<string> }[] = [];
  for (const { file, document } of documents) {
    for (const op of document.definitions) {
      if (op.kind !== Kind.OPERATION_DEFINITION) continue;
      const fields = new Set<string>();
      const seen = new Set<string>();
      const todo: DefinitionNode[] = [op];
      while (todo.length) {
        const typeInfo = new TypeInfo(schema);
        visit(
          { kind: Kind.DOCUMENT, definitions: [todo.pop()!] },
          visitWithTypeInfo(typeInfo, {
            Field() {
              const parent = typeInfo.getParentType()!;
              if (!isRootName(parent.name))
                fields.add(`${parent.name}.${typeInfo.getFieldDef()!.name}`);
            },
            FragmentSpread(node) {
              if (seen.has(node.name.value)) return;
              seen.add(node.name.value);
              todo.push(fragments.get(node.name.value)!);
            },
          }),
        );
      }
      reads.push({ file, operation: op.name?.value ?? '(anonymous)', fields });
    }
  }
  return reads;
}

const isRootName = (name: string) => ['Query', 'Mutation', 'Subscription'].includes(name);

describe("the apps' documents", () => {
  it('read only what the policy lets the roles of their screens reach', () => {
    const refused: string[] = [];
    for (const { file, operation, fields } of clientReads())
      for (const role of rolesOf(file))
        for (const field of fields)
          if (!walks[role].reached.has(field))
            refused.push(`${role} ${operation} ${field} (${file})`);
    expect(refused).toEqual([]);
  });
});
