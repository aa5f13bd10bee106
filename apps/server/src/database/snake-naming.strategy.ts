import { DefaultNamingStrategy, type NamingStrategyInterface, type Table } from 'typeorm';

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** snake_case columns, so hand-written SQL (migrations, triggers, the bench) reads naturally. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(
    propertyName: string,
    customName: string | undefined,
    prefixes: string[],
  ): string {
    return snake([...prefixes, customName ?? propertyName].join('_'));
  }
  override relationName(propertyName: string): string {
    return snake(propertyName);
  }
  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }
  /** The owning company's key of a company-owned row (see CompanyOwned): `fk_<table>_company`. */
  override foreignKeyName(
    tableOrName: Table | string,
    columnNames: string[],
    referencedTablePath?: string,
    referencedColumnNames?: string[],
  ): string {
    const table = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
    if (referencedTablePath === 'company' && columnNames.join() === 'company_id')
      return `fk_${table.split('.').pop()}_company`;
    return super.foreignKeyName(
      tableOrName,
      columnNames,
      referencedTablePath,
      referencedColumnNames,
    );
  }
}
