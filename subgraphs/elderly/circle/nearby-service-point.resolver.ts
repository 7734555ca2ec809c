import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import { isCalendarDate } from '../../../kit/validation/calendar-date';
import { PriceQuote } from '../pricing/price-quote.type';
import { quoteFor, todayInChina } from '../pricing/quote-for';
import { ServicePoint } from '../service-point/service-point.entity';
import { NearbyServicePoint } from './nearby-service-point.type';

@Resolver(_of => NearbyServicePoint)
export class NearbyServicePointResolver {
  @FieldResolver(_returns => ServicePoint, { description: 'The point (服务点)' })
  async point(@Root() nearby: NearbyServicePoint, @Ctx() { loaders }: ElderlyContext): Promise<ServicePoint> {
    return (await loaders.pointById.load(nearby.pointId))!;
  }

  @FieldResolver(_returns => [PriceQuote], {
    description: "What each of the point's dishes costs the elder this was looked up for, on a day (报价); empty when reached from a household",
  })
  async priceQuotes(
    @Root() nearby: NearbyServicePoint,
    @Arg('on', _type => String, { nullable: true, description: 'Day, YYYY-MM-DD; today (China time) when omitted (日期)' }) on: string | null,
    @Ctx() { loaders }: ElderlyContext,
  ): Promise<PriceQuote[]> {
    const day = on ?? todayInChina();
    if (!isCalendarDate(day)) throw new BadUserInputError('on', 'date', 'on is not a calendar date YYYY-MM-DD');
    if (!nearby.profile) return [];
    const dishes = await loaders.dishesByPointId.load(nearby.pointId);
    return Promise.all([...dishes].sort((a, b) => a.name.localeCompare(b.name)).map((dish) => quoteFor(loaders, nearby.profile!, dish, day)));
  }
}
