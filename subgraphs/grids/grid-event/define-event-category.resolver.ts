import { IsInt, Length, Matches, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { Role } from '../../../kit/auth/role';
import { BadUserInputError } from '../../../kit/errors';
import { IsPlainText } from '../../../kit/personal/validators';
import type { GridsContext } from '../context';
import { EventCategory } from './event-category.entity';

@InputType({ description: 'A category of the event catalogue and its deadlines (事件类别)' })
export class DefineEventCategoryInput {
  @Field({ description: 'Code, e.g. SANITATION; an existing code is updated (类别编码)' })
  @Length(2, 40)
  @Matches(/^[A-Z][A-Z0-9_]*$/)
  code!: string;

  @Field({ description: 'Name, e.g. 环境卫生 (名称)' })
  @Length(1, 40)
  @IsPlainText()
  name!: string;

  @Field(_type => Int, { description: 'Hours to resolve a normal event, 1–2160 (一般事件办结时限)' })
  @IsInt()
  @Min(1)
  @Max(2160)
  resolveHours!: number;

  @Field(_type => Int, { description: 'Hours to resolve an urgent event, at most resolveHours (紧急事件办结时限)' })
  @IsInt()
  @Min(1)
  @Max(2160)
  urgentResolveHours!: number;
}

@ObjectType({ description: 'Result of defining an event category' })
export class DefineEventCategoryPayload {
  @Field(_type => EventCategory, { description: 'The category as now defined (事件类别)' })
  category!: EventCategory;
}

@Resolver()
export class DefineEventCategoryResolver {
  @Authorized([Role.CITY_ADMIN])
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
