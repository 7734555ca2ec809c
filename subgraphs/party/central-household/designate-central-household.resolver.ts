import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import type { PartyContext } from '../context';
import { PARTY_MANAGERS } from '../roles';
import { TerritoryLevel } from '../../../kit/territory/territory-copy';
import { CentralHousehold, CentralHouseholdLink } from './central-household.entity';
import { DesignateCentralHouseholdInput } from './central-household.input';

@ObjectType({ description: 'Result of designating a central household (认定中心户结果)' })
export class DesignateCentralHouseholdPayload {
  @Field(_type => CentralHousehold, { description: 'The central household (党员中心户)' })
  centralHousehold!: CentralHousehold;
}

@Resolver()
export class DesignateCentralHouseholdResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => DesignateCentralHouseholdPayload, {
    description: "Designate a member's household as a central household linking 10–20 households of the same compound (认定党员中心户)",
  })
  async designateCentralHousehold(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: DesignateCentralHouseholdInput,
    @Ctx() { em, loaders, viewer }: PartyContext,
  ): Promise<DesignateCentralHouseholdPayload> {
    const member = await loaders.memberById.load(input.memberId);
    if (!member) throw new BadUserInputError('input.memberId', 'exists', 'input.memberId is not a known party member');
    const places = await loaders.placeById.loadMany(input.linkedHouseholdIds);
    input.linkedHouseholdIds.forEach((id, index) => {
      const field = `input.linkedHouseholdIds.${index}`;
      const place = places[index];
      if (!place || place instanceof Error || place.level !== TerritoryLevel.HOUSEHOLD) {
        throw new BadUserInputError(field, 'exists', `${field} is not a known household`);
      }
      if (id === member.householdId) throw new BadUserInputError(field, 'not own household', `${field} is the central household itself`);
      if (place.compoundId !== member.compoundId) throw new BadUserInputError(field, 'same compound', `${field} is not in the member's compound`);
    });
    if (!canActAt(viewer, PARTY_MANAGERS, member)) throw new ForbiddenError("This member's household is outside your scope");
    const [existing] = await loaders.centralHouseholdsByHouseholdId.load(member.householdId);
    if (existing) throw new ConflictError("This member's household is already a central household", 'input.memberId');

    const centralHousehold = Object.assign(new CentralHousehold(), {
      householdId: member.householdId,
      memberId: member.id,
      organizationId: member.organizationId,
      buildingId: member.buildingId,
      compoundId: member.compoundId,
      communityId: member.communityId,
      subdistrictId: member.subdistrictId,
    });
    await guardUnique(
      [
        {
          columns: ['household_id'],
          field: 'input.memberId',
          message: "This member's household was made a central household at the same moment by someone else",
        },
      ],
      () =>
        em.transactional(async tx => {
          tx.persist(centralHousehold);
          for (const householdId of input.linkedHouseholdIds) {
            tx.persist(
              Object.assign(new CentralHouseholdLink(), {
                centralHouseholdId: centralHousehold.id,
                householdId,
                communityId: member.communityId,
                subdistrictId: member.subdistrictId,
              }),
            );
          }
        }),
    );
    return { centralHousehold };
  }
}
