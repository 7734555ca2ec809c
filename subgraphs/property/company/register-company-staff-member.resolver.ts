import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { BadUserInputError, ConflictError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import type { PropertyContext } from '../context';
import { compoundInScope } from '../management/compound-place';
import { TASK_KEEPERS } from '../roles';
import { CompanyStaffMember } from './company-staff-member.entity';
import { RegisterCompanyStaffMemberInput } from './property-company.input';

@ObjectType({ description: 'Result of registering an employee (登记物业员工结果)' })
export class RegisterCompanyStaffMemberPayload {
  @Field(_type => CompanyStaffMember, { description: 'The employee (物业员工)' })
  staffMember!: CompanyStaffMember;
}

const EMPLOYED = 'This resident is already registered with this company';

@Resolver()
export class RegisterCompanyStaffMemberResolver {
  @Authorized(TASK_KEEPERS)
  @Mutation(_returns => RegisterCompanyStaffMemberPayload, {
    description: "Register a resident as a company's employee at a compound it manages — a property manager for their own compounds (登记物业员工)",
  })
  async registerCompanyStaffMember(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RegisterCompanyStaffMemberInput,
    @Ctx() context: PropertyContext,
  ): Promise<RegisterCompanyStaffMemberPayload> {
    const { em, loaders } = context;
    if (!(await loaders.companyById.load(input.companyId))) throw new BadUserInputError('input.companyId', 'exists', 'input.companyId is not a known property company');
    await requirePlace(loaders.placeById, input.residentId, 'input.residentId', [TerritoryLevel.RESIDENT]);
    const compound = await compoundInScope(context, input.compoundId, 'input.compoundId', TASK_KEEPERS);
    const [current] = await loaders.currentManagementsByCompoundId.load(compound.id);
    if (current?.companyId !== input.companyId) throw new BadUserInputError('input.compoundId', 'managed by the company', 'input.compoundId is not managed by this company now');
    if (await em.count(CompanyStaffMember, { companyId: input.companyId, residentId: input.residentId })) throw new ConflictError(EMPLOYED, 'input.residentId');
    const staffMember = Object.assign(new CompanyStaffMember(), {
      companyId: input.companyId, residentId: input.residentId, post: input.post,
      compoundId: compound.id, communityId: compound.communityId, subdistrictId: compound.subdistrictId,
    });
    await guardUnique([{ columns: ['company_id', 'resident_id'], field: 'input.residentId', message: EMPLOYED }], () => em.persistAndFlush(staffMember));
    return { staffMember };
  }
}
