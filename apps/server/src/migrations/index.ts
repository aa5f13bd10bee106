import { Foundation1795773400481 } from './1795773400481-Foundation';

/** Every migration, oldest first; TypeORM runs those not yet applied. */
export const MIGRATIONS = [Foundation1795773400481];
