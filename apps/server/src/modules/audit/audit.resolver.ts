import { Role } from '@cqss/domain';
import { Args, Authorized, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { Connection, paginate } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import { AuditEntry } from './audit-entry.entity';
import { AuditArgs } from './audit.inputs';

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.COMPANY_ADMIN, Role.POLICE_OFFICER)
  @Query(() => AuditEntryConnection, {
    description: "The audit log of the caller's company or organ, newest first",
  })
  auditEntries(@Args() args: AuditArgs, @Ctx() ctx: Context) {
    const qb = scopedQuery(ctx, AuditEntry, 'a');
    if (args.action?.endsWith('.'))
      qb.andWhere('a.action LIKE :prefix', { prefix: `${args.action}%` });
    else if (args.action) qb.andWhere('a.action = :action', { action: args.action });
    if (args.targetType) qb.andWhere('a.targetType = :targetType', { targetType: args.targetType });
    if (args.targetId) qb.andWhere('a.targetId = :targetId', { targetId: args.targetId });
    if (args.actorUserId)
      qb.andWhere('a.actorUserId = :actorUserId', { actorUserId: args.actorUserId });
    if (args.from) qb.andWhere('a.createdAt >= :from', { from: args.from });
    if (args.to) qb.andWhere('a.createdAt < :to', { to: args.to });
    return paginate(qb, 'a', args);
  }
}
