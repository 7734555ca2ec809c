import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { BadUserInputError } from '../../../kit/errors';
import type { GridsContext } from '../context';
import { EVENT_CATEGORY_KEEPERS } from '../roles';
import { EventCategory } from './event-category.entity';
import { DefineEventCategoryInput } from './event-category.input';

@ObjectType({ description: 'Result of defining an event category' })
export class DefineEventCategoryPayload {
  @Field(_type => EventCategory, { description: 'The category as now defined (事件类别)' })
  category!: EventCategory;
}

@Resolver()
export class DefineEventCategoryResolver {
  @Authorized(EVENT_CATEGORY_KEEPERS)
  @Mutation(_returns => DefineEventCategoryPayload, {
    description: 'Add a category to the event catalogue, or change its name and deadlines; events already reported keep their deadline (配置事件类别)',
  })
  async defineEventCategory(
    @Arg('input', { description: 'The category (事件类别)' }) input: DefineEventCategoryInput,
    @Ctx() { em }: GridsContext,
  ): Promise<DefineEventCategoryPayload> {
    if (input.urgentResolveHours > input.resolveHours) {
      throw new BadUserInputError('input.urgentResolveHours', 'at most resolveHours', 'input.urgentResolveHours must not exceed input.resolveHours');
    }
    const category = (await em.findOne(EventCategory, { code: input.code })) ?? Object.assign(new EventCategory(), { id: uuidv4(), code: input.code });
    Object.assign(category, { name: input.name, resolveHours: input.resolveHours, urgentResolveHours: input.urgentResolveHours });
    await em.persist(category).flush();
    return { category };
  }
}
