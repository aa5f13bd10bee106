import { DutyPhase, Role } from '@cqss/domain';
import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import '../../common/enums.graphql';
import { Guard } from '../guards/guard.entity';
import { Handover } from '../handovers/handover.entity';
import { Shift } from '../shifts/shift.entity';
import { onDuty } from './on-duty.service';

@ObjectType({ description: 'The "On duty" screen of a guard at the post' })
export class OnDuty {
  @Field(() => Guard)
  guard: Guard;

  @Field(() => Shift, {
    nullable: true,
    description: 'The shift being worked now (an hour before it starts to two hours after it ends)',
  })
  shift: Shift | null;

  @Field(() => DutyPhase, {
    nullable: true,
    description: 'Where the guard stands on that shift (the one duty rule of the domain)',
  })
  phase: DutyPhase | null;

  @Field({ description: 'The post is theirs now: they log inquiries and hand over' })
  onDuty: boolean;

  @Field(() => [Shift], { description: 'The next shifts, up to five in the coming week' })
  upcomingShifts: Shift[];

  @Field(() => [Handover], {
    description: 'Open handovers the guard is a party of, and those released in the last 12 hours',
  })
  handovers: Handover[];

  @Field(() => Shift, {
    nullable: true,
    description: "The next guard's shift at the post: who takes over",
  })
  successorShift: Shift | null;
}

@Resolver(() => OnDuty)
export class OnDutyResolver {
  @Authorized(Role.GUARD)
  @Query(() => OnDuty)
  onDuty(@Ctx() ctx: Context) {
    return onDuty(ctx);
  }
}
