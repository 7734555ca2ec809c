import { lockOrganizations } from '../organization/lock-organizations';
import { requireStanding } from '../organization/standing';
import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { canActAt } from '../../../kit/auth/viewer';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import type { PartyContext } from '../context';
import { PARTY_MANAGERS } from '../roles';
import { requirePlace, TerritoryLevel } from '../../../kit/territory/territory-copy';
import { PartyMember, defaultColour } from './member.entity';
import { isCalendarDate } from '../../../kit/validation/calendar-date';
import { RegisterPartyMemberInput } from './member.input';

@ObjectType({ description: 'Result of registering a party member (登记党员结果)' })
export class RegisterPartyMemberPayload {
  @Field(_type => PartyMember, { description: 'The new member (党员)' })
  member!: PartyMember;
}

/** Refuses a date that is not a real calendar day or lies in the future. */
export function assertPastDate(value: string, field: string): void {
  if (!isCalendarDate(value)) throw new BadUserInputError(field, 'date', `${field} is not a calendar date YYYY-MM-DD`);
  if (value > new Date().toISOString().slice(0, 10)) throw new BadUserInputError(field, 'not in the future', `${field} lies in the future`);
}

@Resolver()
export class RegisterPartyMemberResolver {
  @Authorized(PARTY_MANAGERS)
  @Mutation(_returns => RegisterPartyMemberPayload, {
    description: 'Register a resident as a party member in an organisation of the community where they live (登记党员, 分类建账)',
  })
  async registerPartyMember(@Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RegisterPartyMemberInput, @Ctx() { em, loaders, viewer }: PartyContext): Promise<RegisterPartyMemberPayload> {
    const place = await requirePlace(loaders.placeById, input.residentId, 'input.residentId', [TerritoryLevel.RESIDENT]);
    const organization = await loaders.organizationById.load(input.organizationId);
    if (!organization) throw new BadUserInputError('input.organizationId', 'exists', 'input.organizationId is not a known party organisation');
    requireStanding(organization, 'input.organizationId');
    if (organization.communityId !== place.communityId) {
      throw new BadUserInputError('input.organizationId', 'in home community', 'input.organizationId is not in the community where the resident lives');
    }
    assertPastDate(input.joinedOn, 'input.joinedOn');
    if (!canActAt(viewer, PARTY_MANAGERS, place)) throw new ForbiddenError('This resident lives outside your scope');
    if (await em.count(PartyMember, { residentId: input.residentId })) throw new ConflictError('This resident is already registered as a party member', 'input.residentId');

    const member = Object.assign(new PartyMember(), {
      residentId: input.residentId,
      householdId: place.householdId!,
      organizationId: organization.id,
      category: input.category,
      tags: input.tags,
      colour: input.colour ?? defaultColour(input.category, input.tags),
      joinedOn: input.joinedOn,
      buildingId: place.buildingId,
      compoundId: place.compoundId,
      gridId: place.gridId,
      communityId: place.communityId!,
      subdistrictId: place.subdistrictId,
    });
    await guardUnique(
      [{ columns: ['resident_id'], field: 'input.residentId', message: 'This resident was registered as a party member at the same moment by someone else' }],
      () => em.transactional(async (tx) => {
        // A merge or dissolution racing this registration either waits for it (and moves the member on) or ends first (CONFLICT here).
        await lockOrganizations(tx, { 'input.organizationId': organization.id });
        tx.persist(member);
      }),
    );
    return { member };
  }
}
