import { divisionName } from '@cqss/domain';
import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { PoliceOrgan } from './police-organ.entity';

@Resolver(() => PoliceOrgan)
export class PoliceOrganResolver {
  @Authorized()
  @Query(() => [PoliceOrgan], {
    description: 'The public security organs known to the platform (public reference data)',
  })
  policeOrgans(@Ctx() ctx: Context): Promise<PoliceOrgan[]> {
    return ctx.app.dataSource.getRepository(PoliceOrgan).find({ order: { divisionCode: 'ASC' } });
  }

  @FieldResolver(() => String, { nullable: true })
  jurisdictionName(@Root() organ: PoliceOrgan): string | null {
    return divisionName(organ.divisionCode);
  }
}
