import { Role } from '@cqss/domain';
import { Args, Authorized, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { Connection } from '../../common/pagination';
import { AuditEntry } from './audit-entry.entity';
import { AuditArgs } from './audit.inputs';
import { listAuditEntries } from './audit.service';

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.POLICE_OFFICER)
  @Query(() => AuditEntryConnection, {
    description: "The audit log of the caller's company or organ, newest first",
  })
  auditEntries(@Args() args: AuditArgs, @Ctx() ctx: Context) {
    return listAuditEntries(ctx, args);
  }
}
