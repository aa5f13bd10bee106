import { Role } from '@cqss/domain';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { Connection, PageArgs, paginate } from '../../common/pagination';
import { scopedQuery } from '../../common/scope';
import type { KioskPrincipal } from '../auth/principal';
import { CustomerUnit } from '../customer-units/customer-unit.entity';
import { Post } from '../posts/post.entity';
import { KioskDevice } from './kiosk-device.entity';
import {
  KioskRegistration,
  KioskSession,
  PairKioskInput,
  RegisterKioskInput,
} from './kiosk.inputs';
import { kioskSession, pairKiosk, registerKiosk, revokeKiosk } from './kiosk.service';

@ObjectType()
export class KioskDeviceConnection extends Connection(KioskDevice) {}

@Resolver(() => KioskDevice)
export class KioskResolver {
  @Authorized(Role.COMPANY_ADMIN)
  @Query(() => KioskDeviceConnection)
  kioskDevices(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return paginate(scopedQuery(ctx, KioskDevice, 'k'), 'k', page);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => KioskRegistration)
  registerKiosk(@Arg('input') input: RegisterKioskInput, @Ctx() ctx: Context) {
    return registerKiosk(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => KioskDevice)
  revokeKiosk(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return revokeKiosk(ctx, id);
  }

  @Mutation(() => KioskSession, {
    description: 'Pairs this device with the one-time code; sets the device cookie',
  })
  pairKiosk(@Arg('input') input: PairKioskInput, @Ctx() ctx: Context) {
    return pairKiosk(ctx, input.code);
  }

  @Authorized(Role.KIOSK)
  @Query(() => KioskSession, { description: 'The paired kiosk: its unit name and settings' })
  kiosk(@Ctx() ctx: Context) {
    return kioskSession(ctx, (ctx.principal as KioskPrincipal).deviceId);
  }

  @FieldResolver(() => CustomerUnit)
  customerUnit(@Root() device: KioskDevice, @Ctx() ctx: Context) {
    return ctx.loaders.byId(CustomerUnit).load(device.customerUnitId);
  }

  @FieldResolver(() => Post, { nullable: true })
  post(@Root() device: KioskDevice, @Ctx() ctx: Context) {
    return device.postId ? ctx.loaders.byId(Post).load(device.postId) : null;
  }
}
