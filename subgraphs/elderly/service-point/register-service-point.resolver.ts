import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import type { ElderlyContext } from '../context';
import { POINT_MANAGERS } from '../roles';
import { ServicePointCommand, ServicePointStatus } from './service-point-lifecycle';
import { ServicePointPayload } from './service-point-payload.type';
import { ServicePointStatusChange } from './service-point-status-change.entity';
import { MEAL_KINDS, ServicePoint } from './service-point.entity';
import { RegisterServicePointInput } from './service-point.input';

const NAME_TAKEN = { columns: ['community_id', 'name'], field: 'input.name', message: 'A service point of this name already exists in the community' };

/** Domain checks a single field's rules cannot make: hours that close after they open, meal capacity by kind. */
function checkPoint(input: RegisterServicePointInput): void {
  const weekdays = new Set<number>();
  input.openingHours.forEach((hours, index) => {
    if (weekdays.has(hours.weekday)) throw new BadUserInputError(`input.openingHours.${index}.weekday`, 'once per weekday', 'each weekday may be listed once');
    weekdays.add(hours.weekday);
    if (hours.closes <= hours.opens) throw new BadUserInputError(`input.openingHours.${index}.closes`, 'after opens', 'closes must be after opens');
  });
  const serves = MEAL_KINDS.includes(input.kind);
  if (serves && input.dailyMealCapacity < 1) throw new BadUserInputError('input.dailyMealCapacity', 'positive for meal kinds', 'a point serving meals needs a daily meal capacity of at least 1');
  if (!serves && input.dailyMealCapacity !== 0) throw new BadUserInputError('input.dailyMealCapacity', 'zero for other kinds', 'only canteens, meal points and partner merchants serve meals');
}

@Resolver()
export class RegisterServicePointResolver {
  @Authorized(POINT_MANAGERS)
  @Mutation(_returns => ServicePointPayload, { description: 'Register a service point in a community, open from today (登记养老服务点)' })
  async registerServicePoint(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RegisterServicePointInput,
    @Ctx() { em, loaders, viewer }: ElderlyContext,
  ): Promise<ServicePointPayload> {
    const place = await requirePlace(loaders.placeById, input.communityId, 'input.communityId', [TerritoryLevel.COMMUNITY]);
    checkPoint(input);
    if (!canActAt(viewer, POINT_MANAGERS, place)) throw new ForbiddenError('This community is outside your scope');
    if (await em.count(ServicePoint, { communityId: place.id, name: input.name })) throw new ConflictError(NAME_TAKEN.message, NAME_TAKEN.field);

    const point = Object.assign(new ServicePoint(), {
      name: input.name, kind: input.kind, operator: input.operator, services: input.services,
      openingHours: input.openingHours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })).sort((a, b) => a.weekday - b.weekday),
      dailyMealCapacity: input.dailyMealCapacity, latitude: input.latitude, longitude: input.longitude,
      communityId: place.id, subdistrictId: place.subdistrictId,
    });
    const change = Object.assign(new ServicePointStatusChange(), {
      pointId: point.id, command: ServicePointCommand.REGISTER, fromStatus: null, toStatus: ServicePointStatus.OPEN,
      changedBy: viewer!.id, communityId: point.communityId, subdistrictId: point.subdistrictId,
    });
    await guardUnique([NAME_TAKEN], () => em.transactional(async (tx) => {
      tx.persist([point, change]);
    }));
    return { point };
  }
}
