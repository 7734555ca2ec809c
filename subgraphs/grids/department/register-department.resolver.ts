import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import type { GridsContext } from '../context';
import { District } from '../district/district.entity';
import { EventCategory } from '../grid-event/event-category.entity';
import { EVENT_CATALOGUE_KEEPERS } from '../roles';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Department } from './department.entity';
import { RegisterDepartmentInput } from './department.input';

@ObjectType({ description: 'Result of registering a department' })
export class RegisterDepartmentPayload {
  @Field(_type => Department, { description: 'The new department (职能部门)' })
  department!: Department;
}

@Resolver()
export class RegisterDepartmentResolver {
  @Authorized(EVENT_CATALOGUE_KEEPERS)
  @Mutation(_returns => RegisterDepartmentPayload, { description: 'Register a functional department, the categories it takes and its receivers (登记职能部门)' })
  async registerDepartment(
    @Arg('input', { description: 'The department (职能部门)' }) input: RegisterDepartmentInput,
    @Ctx() { em, viewer }: GridsContext,
  ): Promise<RegisterDepartmentPayload> {
    if (!(await em.findOne(District, { id: input.districtId }))) throw new BadUserInputError('input.districtId', 'exists', 'input.districtId is not a known district');
    if (input.subdistrictId) {
      const subdistrict = await em.findOne(Subdistrict, { id: input.subdistrictId });
      if (!subdistrict || subdistrict.districtId !== input.districtId) {
        throw new BadUserInputError('input.subdistrictId', 'in district', 'input.subdistrictId is not a subdistrict of input.districtId');
      }
    }
    // A subdistrict admin registers the departments of their own subdistrict; district-wide ones are the city's.
    if (!canActAt(viewer, EVENT_CATALOGUE_KEEPERS, { districtId: input.districtId, subdistrictId: input.subdistrictId })) {
      throw new ForbiddenError('This department is outside your scope');
    }
    const known = new Set((await em.find(EventCategory, { code: { $in: input.categoryCodes } })).map((category) => category.code));
    input.categoryCodes.forEach((code, index) => {
      if (!known.has(code)) throw new BadUserInputError(`input.categoryCodes.${index}`, 'exists', `input.categoryCodes.${index} is not in the event catalogue`);
    });
    if (await em.count(Department, { code: input.code })) throw new BadUserInputError('input.code', 'unique', `input.code ${input.code} is already registered`);
    const department = Object.assign(new Department(), {
      id: uuidv4(),
      code: input.code,
      name: input.name,
      districtId: input.districtId,
      subdistrictId: input.subdistrictId ?? null,
      categoryCodes: input.categoryCodes,
      receivers: input.receivers.map(({ subjectId, name }) => ({ subjectId, name })),
      responseHours: input.responseHours,
    });
    await guardUnique(
      [{ columns: ['code'], field: 'input.code', message: `input.code ${input.code} was registered at the same moment by someone else` }],
      () => em.persist(department).flush(),
    );
    return { department };
  }
}
