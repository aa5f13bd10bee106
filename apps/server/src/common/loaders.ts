import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';

/**
 * Per-request batching of rows by id, so that resolving a relation for a page of N rows
 * costs one statement, not N. Rows reached through a relation of an already scoped row
 * belong to the same tenant, so these loaders need no scope of their own.
 */
export class Loaders {
  private readonly byEntity = new Map<
    EntityTarget<ObjectLiteral>,
    DataLoader<string, ObjectLiteral | null>
  >();

  private readonly named = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
  ): DataLoader<string, T | null> {
    let loader = this.byEntity.get(entity);
    if (!loader) {
      loader = new DataLoader<string, ObjectLiteral | null>(async (ids) => {
        const rows = await this.dataSource
          .getRepository(entity)
          .findBy({ id: In([...ids]) } as never);
        const map = new Map(rows.map((r) => [r.id as string, r]));
        return ids.map((id) => map.get(id) ?? null);
      });
      this.byEntity.set(entity, loader);
    }
    return loader as unknown as DataLoader<string, T | null>;
  }

  /**
   * A loader of this request made once under `name` from a batch function (rows by a foreign
   * key, grouped lists), for relations `byId` cannot express.
   */
  keyed<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.named.get(name);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>(
        batch as (keys: readonly unknown[]) => Promise<unknown[]>,
      );
      this.named.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  private readonly byColumn = new Map<string, DataLoader<string, ObjectLiteral | null>>();

  /** Rows by a unique column other than the id (e.g. the user account of a guard by `guardId`). */
  oneBy<T extends ObjectLiteral>(
    entity: EntityTarget<T> & { name: string },
    column: keyof T & string,
  ): DataLoader<string, T | null> {
    const key = `${entity.name}.${column}`;
    let loader = this.byColumn.get(key);
    if (!loader) {
      loader = new DataLoader<string, ObjectLiteral | null>(async (values) => {
        const rows = await this.dataSource
          .getRepository(entity)
          .findBy({ [column]: In([...values]) } as never);
        const map = new Map(rows.map((r) => [r[column] as string, r]));
        return values.map((v) => map.get(v) ?? null);
      });
      this.byColumn.set(key, loader);
    }
    return loader as unknown as DataLoader<string, T | null>;
  }
}
