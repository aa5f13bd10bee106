import { Foundation1795773400481 } from './1795773400481-Foundation';
import { AuditLog1795774512194 } from './1795774512194-AuditLog';
import { Feedback1795774837491 } from './1795774837491-Feedback';
import { GuardOperations1795774887320 } from './1795774887320-GuardOperations';
import { ContractsCompliance1795775060566 } from './1795775060566-ContractsCompliance';
import { PostContract1795775918166 } from './1795775918166-PostContract';
import { Filings1795776099527 } from './1795776099527-Filings';

/** Every migration, oldest first; TypeORM runs those not yet applied. */
export const MIGRATIONS = [
  Foundation1795773400481,
  AuditLog1795774512194,
  Feedback1795774837491,
  GuardOperations1795774887320,
  ContractsCompliance1795775060566,
  PostContract1795775918166,
  Filings1795776099527,
];
