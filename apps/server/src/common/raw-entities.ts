import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

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
 */
export function hydrator<T extends ObjectLiteral>(
  metadata: EntityMetadata,
  alias: string,
): Hydrator<T> {
  let byAlias = hydrators.get(metadata);
  if (!byAlias) hydrators.set(metadata, (byAlias = new Map()));
  let hydrate = byAlias.get(alias);
  if (!hydrate) {
    const driver = metadata.connection.driver;
    const columns: [string, ColumnMetadata, string | null][] = metadata.columns
      .filter((c) => !c.isVirtual)
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
    byAlias.set(alias, hydrate);
  }
  return hydrate as Hydrator<T>;
}

/**
 * The query's rows as entities of its main alias, with the many-to-one relations it joined and
 * selected (`joined`: property to alias) set on each; one instance per related row.
 */
export async function getEntities<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  joined: Record<string, string> = {},
): Promise<T[]> {
  const main = qb.expressionMap.mainAlias!;
  const hydrate = hydrator<T>(main.metadata, main.name);
  const relations = Object.entries(joined).map(([property, alias]) => {
    const relation = main.metadata.findRelationWithPropertyPath(property);
    if (!relation?.isManyToOne)
      throw new Error(`${main.metadata.name}.${property}: not many-to-one`);
    const target = relation.inverseEntityMetadata;
    const primary = target.primaryColumns;
    if (primary.length !== 1) throw new Error(`${target.name}: one primary column expected`);
    return {
      property,
      hydrate: hydrator(target, alias),
      key: `${alias}_${primary[0]!.databaseName}`,
      seen: new Map<unknown, ObjectLiteral>(),
    };
  });
  const rows = await qb.getRawMany<Record<string, unknown>>();
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
