import { Arg, Authorized, Ctx, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import type { GridsContext } from '../context';
import { Department } from '../department/department.entity';
import { EventCategory } from './event-category.entity';
import { GridEventCommandPayload, runGridEventCommand } from './grid-event-command';
import { DispatchGridEventInput } from './grid-event.input';
import { GridEventCommand } from './lifecycle';
import { Idempotent } from '../../../kit/idempotency/idempotent';

@ObjectType({ description: 'Result of dispatching a grid event to a department' })
export class DispatchGridEventPayload extends GridEventCommandPayload {}

@Resolver()
export class DispatchGridEventResolver {
  @Authorized()
  @Idempotent()
  @Mutation(_returns => DispatchGridEventPayload, {
    description: "Dispatch an accepted event to a department that takes its category; its receiver must accept or return it within the department's response hours (社区吹哨、部门报到)",
  })
  async dispatchGridEvent(@Arg('input', { description: 'The command (指令)' }) input: DispatchGridEventInput, @Ctx() context: GridsContext): Promise<DispatchGridEventPayload> {
    let department: Department | null = null;
    return runGridEventCommand(context, input.eventId, GridEventCommand.DISPATCH, {
      reason: input.note,
      check: async (event, em) => {
        department = await em.findOne(Department, { id: input.departmentId });
        if (!department) throw new BadUserInputError('input.departmentId', 'exists', 'input.departmentId is not a known department');
        if (department.districtId !== event.districtId || (department.subdistrictId && department.subdistrictId !== event.subdistrictId)) {
          throw new BadUserInputError('input.departmentId', 'serves the place', "input.departmentId does not serve the event's subdistrict");
        }
        const category = await em.findOneOrFail(EventCategory, { id: event.categoryId });
        if (!department.categoryCodes.includes(category.code)) {
          throw new BadUserInputError('input.departmentId', 'takes the category', `input.departmentId does not take events of category ${category.code}`);
        }
      },
      apply: (event, now) => {
        event.departmentId = department!.id;
        event.dispatchDeadlineAt = new Date(now.getTime() + department!.responseHours * 3_600_000);
      },
    });
  }
}
