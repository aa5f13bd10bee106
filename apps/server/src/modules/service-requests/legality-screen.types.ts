import { LegalityResult, LegalityRuleId, ReviewCheck, ServiceKind } from '@cqss/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import '../../common/enums.graphql';

/** One reason the screen flagged a request: a phrase in the text, or a forbidden checklist service. */
@ObjectType({ simpleResolvers: true })
export class ScreenMatch {
  @Field(() => LegalityRuleId)
  ruleId: LegalityRuleId;

  @Field({ description: "The rule's phrase that matched, or the service's Chinese label" })
  phrase: string;

  @Field({ description: 'Legal basis, e.g. 《保安服务管理条例》第三十条第六项' })
  basis: string;

  @Field({ description: '"text" or "service"' })
  source: string;

  @Field(() => Int, {
    nullable: true,
    description: 'UTF-16 offset in the description where the match starts',
  })
  start: number | null;

  @Field(() => Int, { nullable: true })
  end: number | null;

  @Field(() => String, { nullable: true, description: 'The words of the description that matched' })
  text: string | null;

  @Field(() => ServiceKind, { nullable: true })
  service: ServiceKind | null;
}

/** The legality screen of a request as computed by the server when it was submitted. */
@ObjectType({ simpleResolvers: true })
export class LegalityScreen {
  @Field(() => LegalityResult)
  result: LegalityResult;

  @Field(() => [ScreenMatch])
  matches: ScreenMatch[];
}

/** A reviewer's answer to one check of Art. 25. */
@ObjectType({ simpleResolvers: true })
export class ReviewAnswer {
  @Field(() => ReviewCheck)
  check: ReviewCheck;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}
