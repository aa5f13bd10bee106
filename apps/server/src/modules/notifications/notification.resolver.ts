import { Role } from '@cqss/domain';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import {
  notificationSettings,
  recentDeliveries,
  updateNotificationSettings,
} from './notification.service';
import {
  NotificationDelivery,
  NotificationSettings,
  NotificationSettingsInput,
} from './notification.types';

@Resolver()
export class NotificationResolver {
  @Authorized(Role.COMPANY_ADMIN)
  @Query(() => NotificationSettings, {
    description: "Where the company's notifications go (WeCom, DingTalk, email), secrets masked",
  })
  notificationSettings(@Ctx() ctx: Context) {
    return notificationSettings(ctx);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Mutation(() => NotificationSettings)
  updateNotificationSettings(@Arg('input') input: NotificationSettingsInput, @Ctx() ctx: Context) {
    return updateNotificationSettings(ctx, input);
  }

  @Authorized(Role.COMPANY_ADMIN)
  @Query(() => [NotificationDelivery], {
    description: "The company's latest notifications and how each was delivered, newest first",
  })
  notificationDeliveries(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: Context,
  ) {
    return recentDeliveries(ctx, first);
  }
}
