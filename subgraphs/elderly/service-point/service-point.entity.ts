import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { GeoPoint } from '../../../kit/geo/geo-point';
import { ServicePointStatus } from './service-point-lifecycle';

/** The kinds of places that serve elders, as the seeds name them. */
export enum ServicePointKind {
  CANTEEN = 'CANTEEN',
  MEAL_POINT = 'MEAL_POINT',
  DAY_CARE_CENTER = 'DAY_CARE_CENTER',
  ACTIVITY_CENTER = 'ACTIVITY_CENTER',
  HAPPINESS_HOME = 'HAPPINESS_HOME',
  PARTNER_MERCHANT = 'PARTNER_MERCHANT',
}
registerEnumType(ServicePointKind, {
  name: 'ServicePointKind',
  description: 'Kind of elderly service point (养老服务点类型)',
  valuesConfig: {
    CANTEEN: { description: 'Community canteen (社区食堂)' },
    MEAL_POINT: { description: "Meal point or elders' table (助餐点 / 老饭桌)" },
    DAY_CARE_CENTER: { description: 'Day-care centre (日间照料中心)' },
    ACTIVITY_CENTER: { description: "Elders' activity centre (老年活动中心)" },
    HAPPINESS_HOME: { description: 'Rural happiness home (农村幸福院)' },
    PARTNER_MERCHANT: { description: 'Partner merchant carrying the community-canteen plaque (爱心商户, 加挂“社区食堂”牌匾)' },
  },
});

/** What a point offers (服务项目). */
export enum ElderService {
  MEALS = 'MEALS',
  MEAL_DELIVERY = 'MEAL_DELIVERY',
  DAY_CARE = 'DAY_CARE',
  ACTIVITIES = 'ACTIVITIES',
  HEALTH_CHECKS = 'HEALTH_CHECKS',
  COUNSELLING = 'COUNSELLING',
}
registerEnumType(ElderService, {
  name: 'ElderService',
  description: 'A service a point offers (服务项目)',
  valuesConfig: {
    MEALS: { description: 'Meals to eat in or collect (助餐)' },
    MEAL_DELIVERY: { description: 'Meals delivered home (送餐上门)' },
    DAY_CARE: { description: 'Day care (日间照料)' },
    ACTIVITIES: { description: 'Recreation and classes (文娱活动)' },
    HEALTH_CHECKS: { description: 'Health checks and free clinics (健康检查, 义诊)' },
    COUNSELLING: { description: 'Counselling (心理疏导)' },
  },
});

/** Meals are served by these kinds; the others have no meal capacity. */
export const MEAL_KINDS: readonly ServicePointKind[] = [ServicePointKind.CANTEEN, ServicePointKind.MEAL_POINT, ServicePointKind.PARTNER_MERCHANT];

@ObjectType({ description: 'Opening hours on one weekday (营业时间)' })
export class OpeningHours {
  @Field(_type => Int, { description: 'Weekday, 1 = Monday … 7 = Sunday (星期)' })
  weekday!: number;

  @Field({ description: 'Opens at, HH:MM local time (开门)' })
  opens!: string;

  @Field({ description: 'Closes at, HH:MM local time (关门)' })
  closes!: string;
}

/** A place that serves elders: canteen, meal point, day-care or activity centre, happiness home, partner merchant. */
@ObjectType({ description: 'Elderly service point (养老服务点): canteen, meal point, day-care centre, activity centre, happiness home or partner merchant' })
@Directive('@key(fields: "id")')
@Entity()
@Index({ properties: ['kind', 'latitude', 'longitude'] })
@Unique({ properties: ['communityId', 'name'] })
export class ServicePoint {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Field({ description: 'Name (名称)' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(_type => ServicePointKind, { description: 'Kind (类型)' })
  @Enum({ items: () => ServicePointKind })
  kind!: ServicePointKind;

  @Field(_type => ServicePointStatus, { description: 'Open or closed (运营状态)' })
  @Enum({ items: () => ServicePointStatus })
  status: ServicePointStatus = ServicePointStatus.OPEN;

  @Field({ description: 'Who runs it: the community, a company or the merchant (运营方)' })
  @Property({ type: 'string', length: 100 })
  operator!: string;

  @Field(_type => [ElderService], { description: 'Services offered (服务项目)' })
  @Enum({ items: () => ElderService, array: true })
  services: ElderService[] = [];

  @Field(_type => [OpeningHours], { description: 'Opening hours per weekday; a weekday not listed is closed (营业时间)' })
  @Property({ type: 'json' })
  openingHours: OpeningHours[] = [];

  @Field(_type => Int, { description: 'Meals it can serve a day, 0 where it serves none (日供餐能力)' })
  @Property({ type: 'integer' })
  dailyMealCapacity = 0;

  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Field({ description: 'When it was registered (登记时间)' })
  @Property({ type: 'datetime' })
  registeredAt: Date = new Date();

  @Field(_type => GeoPoint, { description: 'Location (位置)' })
  get location(): GeoPoint {
    return { latitude: this.latitude, longitude: this.longitude };
  }
}
