import { Foundation1795773400481 } from './1795773400481-Foundation';
import { AuditLog1795774512194 } from './1795774512194-AuditLog';
import { Feedback1795774837491 } from './1795774837491-Feedback';
import { GuardOperations1795774887320 } from './1795774887320-GuardOperations';
import { ContractsCompliance1795775060566 } from './1795775060566-ContractsCompliance';
import { PostContract1795775918166 } from './1795775918166-PostContract';
import { FeedbackAmend1796189918473 } from './1796189918473-FeedbackAmend';
import { HandoverReturn1796187029166 } from './1796187029166-HandoverReturn';
import { Filings1795776099527 } from './1795776099527-Filings';
import { Accounts1796186965366 } from './1796186965366-Accounts';
import { Notifications1796187075367 } from './1796187075367-Notifications';
import { Papers1796186965947 } from './1796186965947-Papers';
import { FeedbackRollup1796189263511 } from './1796189263511-FeedbackRollup';
import { CityIndexes1796190000000 } from './1796190000000-CityIndexes';

/** Every migration, oldest first; TypeORM runs those not yet applied. */
export const MIGRATIONS = [
  Foundation1795773400481,
  AuditLog1795774512194,
  Feedback1795774837491,
  GuardOperations1795774887320,
  ContractsCompliance1795775060566,
  PostContract1795775918166,
  Filings1795776099527,
  Accounts1796186965366,
  Papers1796186965947,
  HandoverReturn1796187029166,
  FeedbackAmend1796189918473,
  Notifications1796187075367,
  FeedbackRollup1796189263511,
  CityIndexes1796190000000,
];
