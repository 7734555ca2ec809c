import { Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { DATE_PATTERN, isCalendarDate } from '../../../kit/validation/calendar-date';
import type { ElderlyContext } from '../context';
import { ELDER_CARERS, POINT_OPERATORS } from '../roles';
import { PriceQuote } from './price-quote.type';
import { quoteFor, todayInChina } from './quote-for';

@ArgsType()
export class PriceQuoteArgs {
  @Field(_type => ID, { description: 'The elder, as a resident with an elder profile (居民)' })
  @IsUUID()
  residentId!: string;

  @Field(_type => ID, { description: 'The dish (菜品)' })
  @IsUUID()
  dishId!: string;

  @Field(_type => String, { nullable: true, description: 'Day, YYYY-MM-DD; today (China time) when omitted (日期)' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'on must be a date YYYY-MM-DD' })
  on?: string | null;
}

@Resolver()
export class PriceQuoteResolver {
  @Authorized([...new Set([...POINT_OPERATORS, ...ELDER_CARERS])])
  @Query(_returns => PriceQuote, { nullable: true, description: "What a dish costs an elder on a day at its point, every discount rule applied listed, and the subsidy owed to the operator (报价); writes nothing" })
  async priceQuote(@Args() args: PriceQuoteArgs, @Ctx() { loaders, viewer }: ElderlyContext): Promise<PriceQuote> {
    const day = args.on ?? todayInChina();
    if (!isCalendarDate(day)) throw new BadUserInputError('on', 'date', 'on is not a calendar date YYYY-MM-DD');
    const [profile] = await loaders.profilesByResidentId.load(args.residentId);
    if (!profile) throw new BadUserInputError('residentId', 'has an elder profile', 'residentId has no elder profile');
    const dish = await loaders.dishById.load(args.dishId);
    if (!dish) throw new BadUserInputError('dishId', 'exists', 'dishId is not a known dish');
    const point = (await loaders.pointById.load(dish.pointId))!;
    if (!canActAt(viewer, POINT_OPERATORS, point) && !canActAt(viewer, ELDER_CARERS, profile)) throw new ForbiddenError('Neither this point nor this elder is in your scope');
    return quoteFor(loaders, profile, dish, day);
  }
}
