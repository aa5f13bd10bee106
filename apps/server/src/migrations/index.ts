import { Foundation1795773027572 } from './1795773027572-Foundation';

/** Every migration, oldest first; TypeORM runs those not yet applied. */
export const MIGRATIONS = [Foundation1795773027572];
