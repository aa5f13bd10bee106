import { escapeLiteral } from 'pg';
import { UUID } from '../common/input-check';

/**
 * Values written into a statement's text, for the statements sent with the simple query
 * protocol (no parameters): with a transaction's START TRANSACTION or its COMMIT.
 */
export const literal = {
  uuid(id: string): string {
    if (!UUID.test(id)) throw new Error(`not a UUID: ${id}`);
    return `'${id}'::uuid`;
  },
  uuidOrNull: (id: string | null): string => (id === null ? 'NULL' : literal.uuid(id)),
  int(n: number): string {
    if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
    return String(n);
  },
  textOrNull: (s: string | null): string => (s === null ? 'NULL' : escapeLiteral(s)),
  timestamptz: (at: Date): string => `'${at.toISOString()}'::timestamptz`,
  /** An array of an enum type's labels. */
  enumArray: (labels: readonly string[], type: string): string =>
    `ARRAY[${labels.map((l) => escapeLiteral(l)).join(', ')}]::${type}[]`,
};
