import { Foundation1795773400481 } from './1795773400481-Foundation';
import { AuditLog1795774512194 } from './1795774512194-AuditLog';
import { ContractsCompliance1795775060566 } from './1795775060566-ContractsCompliance';
import { GuardOperations1795774887320 } from './1795774887320-GuardOperations';
import { Filings1795776099527 } from './1795776099527-Filings';
import { PostContract1795775918166 } from './1795775918166-PostContract';

/** Every migration, oldest first; TypeORM runs those not yet applied. */
export const MIGRATIONS = [
  Foundation1795773400481,
  AuditLog1795774512194,
  ContractsCompliance1795775060566,
  GuardOperations1795774887320,
  PostContract1795775918166,
  Filings1795776099527,
];
