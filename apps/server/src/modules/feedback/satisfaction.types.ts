import { FeedbackTag } from '@cqss/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import './feedback.enums';

/** The satisfaction numbers of a set of ratings (the domain's satisfactionSummary, from SQL). */
@ObjectType()
export class SatisfactionSummary {
  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'Ratings of 4 or 5' })
  satisfied: number;

  @Field(() => Int, { description: 'Ratings of 1 or 2' })
  low: number;

  @Field(() => Float, { nullable: true, description: 'Average rating; null without ratings' })
  mean: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The satisfaction index: share of ratings of 4–5, 0 to 1',
  })
  satisfiedShare: number | null;

  @Field(() => [Int], { description: 'How many ratings of 1, 2, 3, 4, 5' })
  distribution: number[];
}

@ObjectType()
export class UnitSatisfaction {
  @Field(() => ID)
  customerUnitId: string;

  @Field(() => SatisfactionSummary)
  summary: SatisfactionSummary;
}

@ObjectType()
export class PostSatisfaction {
  @Field(() => ID)
  customerUnitId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Null: ratings from kiosks of the unit without a post',
  })
  postId: string | null;

  @Field(() => SatisfactionSummary)
  summary: SatisfactionSummary;
}

@ObjectType()
export class WeekSatisfaction {
  @Field({ description: 'The Monday (Beijing time) the week starts, YYYY-MM-DD' })
  weekStart: string;

  @Field(() => SatisfactionSummary)
  summary: SatisfactionSummary;
}

@ObjectType()
export class TagCount {
  @Field(() => FeedbackTag)
  tag: FeedbackTag;

  @Field(() => Int, { description: 'Ratings with this tag' })
  count: number;
}

@ObjectType()
export class SatisfactionReport {
  @Field(() => String, { nullable: true })
  from: string | null;

  @Field(() => String, { nullable: true })
  to: string | null;

  @Field(() => SatisfactionSummary)
  overall: SatisfactionSummary;

  @Field(() => [UnitSatisfaction], { description: 'Most ratings first' })
  byUnit: UnitSatisfaction[];

  @Field(() => [PostSatisfaction], { description: 'Most ratings first' })
  byPost: PostSatisfaction[];

  @Field(() => [WeekSatisfaction], {
    description: 'Oldest first; every week of the period, empty ones included',
  })
  byWeek: WeekSatisfaction[];

  @Field(() => [TagCount], { description: 'Every tag, in the kiosk order' })
  tags: TagCount[];
}

@ObjectType()
export class FeedbackPostOption {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/** A customer unit with its posts, for the dashboard filters and kiosk registration. */
@ObjectType()
export class FeedbackUnitOption {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [FeedbackPostOption])
  posts: FeedbackPostOption[];
}
