import { buildFederatedSchema } from '../../kit/schema/federated-schema';
import { ElderlyStatsSeriesResolver } from './stats/elderly-stats.resolver';
import { ElderlyAuditTrailResolver } from './audit/audit-trail.resolver';
import type { SubgraphDefinition } from '../../kit/subgraph';
import { territoryCopyConsumer } from '../../kit/territory/territory-copy-consumer';
import { NearbyServicePointResolver } from './circle/nearby-service-point.resolver';
import { ServiceCircleResolver } from './circle/service-circle.resolver';
import { Community } from './community/community.type';
import {
  CommunityElderlyStatsResolver, CommunityElderProfilesResolver, CommunityServiceCircleResolver, CommunityServicePointsResolver,
} from './community/community.resolver';
import { createContext, type ElderlyContext } from './context';
import { District } from './district/district.type';
import { DistrictElderlyStatsResolver } from './district/district.resolver';
import { ElderProfileResolver } from './elder-profile/elder-profile.resolver';
import { UpdateElderProfileResolver } from './elder-profile/update-elder-profile.resolver';
import { elderlyEntities } from './entities';
import { HomeVisitResolver } from './home-visit/home-visit.resolver';
import { RecordHomeVisitResolver } from './home-visit/record-home-visit.resolver';
import { Household } from './household/household.type';
import { HouseholdNearestServicePointsResolver } from './household/household.resolver';
import { PublishMenuResolver } from './meal/publish-menu.resolver';
import { CancelMealOrderResolver } from './meal-order/cancel-meal-order.resolver';
import { MealOrderResolver } from './meal-order/meal-order.resolver';
import { OrderMealResolver } from './meal-order/order-meal.resolver';
import { elderlyMigrations } from './migrations';
import { PriceQuoteResolver } from './pricing/price-quote.resolver';
import { SetDiscountRulesResolver } from './pricing/set-discount-rules.resolver';
import { elderlyReferences } from './references';
import { Resident } from './resident/resident.type';
import { ResidentElderProfileResolver } from './resident/resident.resolver';
import { CloseServicePointResolver } from './service-point/close-service-point.resolver';
import { OpenServicePointResolver } from './service-point/open-service-point.resolver';
import { RegisterServicePointResolver } from './service-point/register-service-point.resolver';
import { ServicePointResolver } from './service-point/service-point.resolver';
import { Subdistrict } from './subdistrict/subdistrict.type';
import { SubdistrictElderlyStatsResolver } from './subdistrict/subdistrict.resolver';

/** The elderly subgraph: service points, elder profiles and home visits, meals and their pricing, the 15-minute circle. */
export const elderlySubgraph: SubgraphDefinition<ElderlyContext> = {
  name: 'elderly',
  defaultPort: 4004,
  entities: elderlyEntities,
  migrations: elderlyMigrations,
  createContext,
  // The territory copy follows grids' territory events (kit/territory/territory-copy-consumer.ts)
  consumes: [territoryCopyConsumer],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        // Its audit trail, for city admins (审计日志)
        ElderlyAuditTrailResolver,
        ServicePointResolver, ElderProfileResolver, HomeVisitResolver, MealOrderResolver, NearbyServicePointResolver, ServiceCircleResolver,
        PriceQuoteResolver, ResidentElderProfileResolver, HouseholdNearestServicePointsResolver,
        CommunityServicePointsResolver, CommunityServiceCircleResolver, CommunityElderlyStatsResolver, CommunityElderProfilesResolver, ElderlyStatsSeriesResolver,
        SubdistrictElderlyStatsResolver, DistrictElderlyStatsResolver,
        RegisterServicePointResolver, OpenServicePointResolver, CloseServicePointResolver, PublishMenuResolver, SetDiscountRulesResolver,
        OrderMealResolver, CancelMealOrderResolver, UpdateElderProfileResolver, RecordHomeVisitResolver,
      ],
      // The grids entities elderly adds fields to; District and Subdistrict are reachable from no elderly field.
      orphanedTypes: [District, Subdistrict, Community, Household, Resident],
      referenceResolvers: elderlyReferences,
    }),
};
