import 'reflect-metadata';
import { createPubSub } from '@graphql-yoga/subscription';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from '../common/auth-checker';
import { mapDatabaseErrors } from '../common/db-errors';
import { enforceReadPolicy } from '../common/enforce-read-policy';
import { validateArgs } from '../common/validate-args';
import { AccountResolver } from '../modules/accounts/account.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CompanyResolver } from '../modules/companies/company.resolver';
import { ContractResolver } from '../modules/contracts/contract.resolver';
import { CustomerUnitResolver } from '../modules/customer-units/customer-unit.resolver';
import {
  ContractFilingResolver,
  FilingResolver,
  FilingSubmissionResolver,
} from '../modules/filings/filing.resolver';
import { GuardResolver } from '../modules/guards/guard.resolver';
import { HandoverResolver } from '../modules/handovers/handover.resolver';
import { InquiryResolver } from '../modules/inquiries/inquiry.resolver';
import { IllegalRequestReportResolver } from '../modules/illegal-reports/illegal-request-report.resolver';
import { FeedbackAlertResolver } from '../modules/feedback/feedback-alert.resolver';
import {
  FeedbackResolver,
  PostSatisfactionResolver,
  UnitSatisfactionResolver,
} from '../modules/feedback/feedback.resolver';
import { KioskResolver } from '../modules/kiosks/kiosk.resolver';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import { OnDutyResolver } from '../modules/on-duty/on-duty.resolver';
import { PoliceOrganResolver } from '../modules/police-organs/police-organ.resolver';
import { CompanyPostOrdersResolver, PostResolver } from '../modules/posts/post.resolver';
import { ShiftResolver } from '../modules/shifts/shift.resolver';
import { ServiceRequestResolver } from '../modules/service-requests/service-request.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { DOCUMENT_RESOLVERS } from '../modules/documents/document.resolver';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  AccountResolver,
  CompanyResolver,
  PoliceOrganResolver,
  CustomerUnitResolver,
  KioskResolver,
  AuditResolver,
  GuardResolver,
  PostResolver,
  CompanyPostOrdersResolver,
  ShiftResolver,
  HandoverResolver,
  InquiryResolver,
  OnDutyResolver,
  ServiceRequestResolver,
  ContractResolver,
  IllegalRequestReportResolver,
  FeedbackResolver,
  UnitSatisfactionResolver,
  PostSatisfactionResolver,
  FeedbackAlertResolver,
  FilingResolver,
  FilingSubmissionResolver,
  ContractFilingResolver,
  NotificationResolver,
  ...DOCUMENT_RESOLVERS,
] as const;

/** The schema, with the read policy applied to every field that needs it. */
export async function buildAppSchema(pubSub?: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    validateFn: validateArgs,
    // Emitting the schema needs no real pub/sub, but type-graphql wants one for @Subscription.
    pubSub: pubSub ?? createPubSub(),
  });
  enforceReadPolicy(schema);
  return mapDatabaseErrors(schema);
}

/** The SDL committed as apps/server/schema.graphql, sorted so diffs stay readable. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
