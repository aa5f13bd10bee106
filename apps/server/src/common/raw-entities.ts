import { isDeepStrictEqual } from 'node:util';
import { getMetadataStorage } from 'type-graphql';
import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { prepare } from '../database/prepared-statements';
import { READ_POLICY } from './read-policy';
import type { Tenancy } from './scope';

type ColumnMetadata = EntityMetadata['columns'][number];

type Hydrator<T> = (raw: Record<string, unknown>) => T;

/**
 * Column types whose value PostgreSQL's driver hands over as TypeORM would keep it (its
 * prepareHydratedValue returns it unchanged): set directly, the rest go through the driver.
 */
const AS_READ = new Set<unknown>([
  String,
  'uuid',
  'varchar',
  'character varying',
  'char',
  'character',
  'text',
  'int',
  'integer',
  'smallint',
  'double precision',
  'timestamptz',
  'timestamp with time zone',
]);

const hydrators = new WeakMap<EntityMetadata, Map<string, Hydrator<ObjectLiteral>>>();

/**
 * Makes an entity of `metadata` from the columns `alias` selected in a raw row, as TypeORM's
 * getMany would (an instance of the entity's class, each column through the driver's
 * hydration and the column's transformer), without its per-row grouping by primary key and
 * alias lookups: a list of plain rows, one entity each, costs a third of the CPU (measured).
 * `properties`: the columns selected (see `columnsFor`), the others left unset; all by default.
 */
export function hydrator<T extends ObjectLiteral>(
  metadata: EntityMetadata,
  alias: string,
  properties: readonly string[] | null = null,
): Hydrator<T> {
  let byAlias = hydrators.get(metadata);
  if (!byAlias) hydrators.set(metadata, (byAlias = new Map()));
  const cacheKey = properties ? `${alias}:${properties.join(',')}` : alias;
  let hydrate = byAlias.get(cacheKey);
  if (!hydrate) {
    const driver = metadata.connection.driver;
    const columns: [string, ColumnMetadata, string | null][] = metadata.columns
      .filter((c) => !c.isVirtual && (!properties || properties.includes(c.propertyPath)))
      .map((c) => [
        `${alias}_${c.databaseName}`,
        c,
        !c.transformer && !c.embeddedMetadata && !c.isArray && AS_READ.has(c.type)
          ? c.propertyName
          : null,
      ]);
    const target = metadata.target;
    if (
      typeof target !== 'function' ||
      metadata.discriminatorColumn ||
      metadata.lazyRelations.length
    )
      throw new Error(`${metadata.name}: not a plain entity class, read it with getMany()`);
    hydrate = (raw) => {
      const entity = Object.create(target.prototype as object) as ObjectLiteral;
      for (const [key, column, direct] of columns) {
        const value = raw[key];
        // Every column is selected: a missing key is a query that selected fewer, not a null.
        if (value === undefined) throw new Error(`${metadata.name}: ${key} was not selected`);
        if (direct) entity[direct] = value;
        else column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
      }
      return entity;
    };
    byAlias.set(cacheKey, hydrate);
  }
  return hydrate as Hydrator<T>;
}

/** What a field resolver of an entity's type reads of its row: column property names. */
export type FieldReads = Readonly<Record<string, readonly string[]>>;

const resolvedFields = new WeakMap<object, ReadonlySet<string>>();

/** The GraphQL fields of a class that a type-graphql field resolver answers (not its column). */
function fieldResolversOf(target: object): ReadonlySet<string> {
  let names = resolvedFields.get(target);
  if (!names) {
    names = new Set(
      getMetadataStorage()
        .fieldResolvers.filter((r) => r.getObjectType?.() === target)
        .map((r) => r.schemaName),
    );
    resolvedFields.set(target, names);
  }
  return names;
}

/**
 * The columns (property names) a row needs for the GraphQL `fields` asked of it: each field
 * that is a column of its name (read by graphql's default resolver, no row-dependent rule in
 * the read policy), what `reads` says a field resolver reads, the primary key and the tenancy
 * columns always (the read policy checks each row's owner), and `always` (e.g. a cursor's key).
 * Null, meaning every column, as soon as one field asked is none of those: a field nobody
 * declared never sees a row short of a column.
 */
export function columnsFor(
  metadata: EntityMetadata,
  fields: ReadonlySet<string>,
  reads: FieldReads = {},
  always: readonly string[] = [],
): string[] | null {
  const target = metadata.target as { name: string; tenancy?: Tenancy };
  const resolved = fieldResolversOf(target);
  const rules = READ_POLICY[target.name]?.fields ?? {};
  const columns = new Set(metadata.columns.filter((c) => !c.isVirtual).map((c) => c.propertyPath));
  const wanted = new Set([
    ...metadata.primaryColumns.map((c) => c.propertyPath),
    ...Object.values(target.tenancy ?? {}),
    ...always,
  ]);
  for (const field of fields) {
    if (field === '__typename') continue;
    const rule = rules[field];
    if (rule && 'shownFor' in rule) return null;
    const declared = reads[field];
    if (declared) declared.forEach((c) => wanted.add(c));
    else if (columns.has(field) && !resolved.has(field)) wanted.add(field);
    else return null;
  }
  for (const c of wanted) if (!columns.has(c)) throw new Error(`${target.name}.${c}: no column`);
  return [...wanted];
}

/**
 * The SQL TypeORM builds for a query builder of each shape (see `shapeOf`), with its named
 * parameters (`:scopeCompanyId`) still in it: building it (getQuery) was a sixth of a hot
 * list's CPU; its parameters are bound afresh on each run, as getQueryAndParameters binds them.
 */
const builtSql = new Map<string, string>();
const MAX_SHAPES = 500;
/** Outside production every cached text is checked against a fresh build (the tests run them). */
const CHECK_SHAPES = process.env.NODE_ENV !== 'production';

/**
 * What a query builder's SQL is made of, as far as a hot list's builder varies: its entity and
 * alias, its selection, joins, conditions (their text: values are parameters), order and limit.
 * Null when a condition is not plain text (a Brackets or a where object): never cached.
 */
function shapeOf(qb: SelectQueryBuilder<ObjectLiteral>): string | null {
  const map = qb.expressionMap;
  const wheres: unknown[] = [];
  for (const w of map.wheres) {
    if (typeof w.condition !== 'string') return null;
    wheres.push(w.type, w.condition);
  }
  if (
    map.subQuery ||
    map.commonTableExpressions.length ||
    map.groupBys.length ||
    map.havings.length ||
    map.lockMode ||
    map.comment ||
    map.offset !== undefined ||
    map.skip !== undefined ||
    map.take !== undefined ||
    map.selectDistinct ||
    map.withDeleted
  )
    return null;
  return JSON.stringify([
    map.mainAlias!.metadata.name,
    map.mainAlias!.name,
    map.selects.map((x) => [x.selection, x.aliasName ?? null]),
    map.joinAttributes.map((j) => [
      j.direction,
      j.entityOrProperty,
      j.alias.name,
      j.condition ?? null,
      j.isSelected,
    ]),
    wheres,
    map.orderBys,
    map.limit ?? null,
  ]);
}

/** The builder's SQL and parameters, as getQueryAndParameters gives them; its SQL built once a shape. */
function queryAndParameters(qb: SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] {
  const shape = shapeOf(qb);
  const cached = shape === null ? undefined : builtSql.get(shape);
  const sql = cached ?? qb.getQuery();
  if (cached === undefined && shape !== null && builtSql.size < MAX_SHAPES)
    builtSql.set(shape, sql);
  // What getQueryAndParameters does after getQuery.
  const built = qb.connection.driver.escapeQueryWithParameters(sql, qb.getParameters());
  if (cached !== undefined && CHECK_SHAPES && !isDeepStrictEqual(built, qb.getQueryAndParameters()))
    throw new Error(`the SQL cached for a query's shape is not the one it builds: ${shape}`);
  return built;
}

/**
 * The query's raw rows, as getRawMany gives them, its statement sent as a named (prepared)
 * one: the query of a hot list lists its columns (see `prepare`).
 */
async function rawRows(qb: SelectQueryBuilder<ObjectLiteral>): Promise<Record<string, unknown>[]> {
  qb.expressionMap.queryEntity = false; // as getRawMany: no primary columns added unasked
  const [sql, parameters] = queryAndParameters(qb);
  prepare(sql);
  // The builder's own runner (a transaction's), or one of the pool's for this statement only.
  const own = qb['queryRunner'];
  const runner = own ?? qb.connection.createQueryRunner();
  try {
    return (await runner.query(sql, parameters)) as Record<string, unknown>[];
  } finally {
    if (!own) await runner.release();
  }
}

/**
 * The query's rows as entities of its main alias, with the many-to-one relations it joined and
 * selected (`joined`: property to alias) set on each; one instance per related row. `columns`
 * (alias to property names, see `columnsFor`; null or absent: all): only those are selected.
 */
export async function getEntities<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  joined: Record<string, string> = {},
  columns: Readonly<Record<string, readonly string[] | null>> = {},
): Promise<T[]> {
  const main = qb.expressionMap.mainAlias!;
  const selection = (alias: string) => {
    const properties = columns[alias];
    return properties ? properties.map((p) => `${alias}.${p}`) : [alias];
  };
  if (Object.values(columns).some(Boolean)) {
    qb.select(selection(main.name));
    for (const alias of Object.values(joined)) qb.addSelect(selection(alias));
  }
  const hydrate = hydrator<T>(main.metadata, main.name, columns[main.name]);
  const relations = Object.entries(joined).map(([property, alias]) => {
    const relation = main.metadata.findRelationWithPropertyPath(property);
    if (!relation?.isManyToOne)
      throw new Error(`${main.metadata.name}.${property}: not many-to-one`);
    const target = relation.inverseEntityMetadata;
    const primary = target.primaryColumns;
    if (primary.length !== 1) throw new Error(`${target.name}: one primary column expected`);
    return {
      property,
      hydrate: hydrator(target, alias, columns[alias]),
      key: `${alias}_${primary[0]!.databaseName}`,
      seen: new Map<unknown, ObjectLiteral>(),
    };
  });
  const rows = await rawRows(qb);
  return rows.map((raw) => {
    const entity = hydrate(raw);
    for (const r of relations) {
      const id = raw[r.key];
      if (id === null || id === undefined) {
        (entity as ObjectLiteral)[r.property] = null;
        continue;
      }
      let related = r.seen.get(id);
      if (!related) r.seen.set(id, (related = r.hydrate(raw)));
      (entity as ObjectLiteral)[r.property] = related;
    }
    return entity;
  });
}
