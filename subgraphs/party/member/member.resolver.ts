import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { RevealArg, RevealReason } from '../../../kit/audit/reveal-reason';
import { readable } from '../../../kit/auth/entity-access';
import { pageQuery } from '../../../kit/connection/page-query';
import { MEMBER_ACCESS } from '../access';
import { PARTY_MEMBER_READERS } from '../roles';
import { CentralHousehold } from '../central-household/central-household.entity';
import type { PartyContext } from '../context';
import { Household } from '../household/household.type';
import { PartyOrganization } from '../organization/organization.entity';
import { mayReadMember, revealMemberField } from '../personal';
import { PointsEntry } from '../points/points-entry.entity';
import { PointsEntryConnection } from '../points/points-entry-connection.type';
import { Resident } from '../resident/resident.type';
import { PostClaim } from '../service-post/post-claim.entity';
import { ServiceRecord } from '../service-post/service-record.entity';
import { PostClaimsArgs, ServiceRecordsArgs, serviceRecordFilter } from '../service-post/service-post.input';
import { PostClaimConnection } from '../service-post/post-claim-connection.type';
import { ServiceRecordConnection } from '../service-post/service-record-connection.type';
import { PartyMemberTransfer } from './member-transfer.entity';
import { PartyMember, PartyMemberTag } from './member.entity';
import { PartyMemberTransferConnection } from './party-member-transfer-connection.type';
import { ConnectionArgs, SortDirection } from '../../../kit/connection/connection';

@Resolver(_of => PartyMember)
export class PartyMemberResolver {
  @Authorized(PARTY_MEMBER_READERS)
  @Query(_returns => PartyMember, { nullable: true, description: 'A party member by id, inside your scope (党员); not for BI or partner agencies' })
  async partyMember(@Arg('id', _type => ID, { description: 'Id (标识)' }) id: string, @Ctx() { loaders, viewer }: PartyContext): Promise<PartyMember | null> {
    return readable(viewer, MEMBER_ACCESS, await loaders.memberById.load(id));
  }

  @FieldResolver(_returns => Resident, { nullable: true, description: 'The resident who is this member (居民); null unless your role and scope allow it' })
  resident(@Root() member: PartyMember, @Ctx() context: PartyContext, @RevealArg() reason?: RevealReason): Resident | null {
    return mayReadMember(member, context, 'resident', reason) ? Resident.ref(member.residentId) : null;
  }

  @FieldResolver(_returns => Household, { nullable: true, description: 'Home household (所在住户); null unless your role and scope allow it' })
  household(@Root() member: PartyMember, @Ctx() context: PartyContext, @RevealArg() reason?: RevealReason): Household | null {
    return mayReadMember(member, context, 'household', reason) ? Household.ref(member.householdId) : null;
  }

  @FieldResolver(_returns => [PartyMemberTag], { description: 'Tags (分类标签); empty unless your role and scope allow them' })
  tags(@Root() member: PartyMember, @Ctx() context: PartyContext, @RevealArg() reason?: RevealReason): PartyMemberTag[] {
    if (member.tags.length === 0) return [];
    return mayReadMember(member, context, 'tags', reason) ? member.tags : [];
  }

  @FieldResolver(_returns => String, { description: 'Date joined the party YYYY-MM-DD (入党日期); only the year unless allowed' })
  joinedOn(@Root() member: PartyMember, @Ctx() context: PartyContext, @RevealArg() reason?: RevealReason): string {
    return revealMemberField(member, context, 'joinedOn', reason, member.joinedOn, (date) => `${date.slice(0, 4)}-**-**`);
  }

  @FieldResolver(_returns => PartyOrganization, { description: 'Organisation the member belongs to (所在党组织)' })
  async organization(@Root() member: PartyMember, @Ctx() { loaders }: PartyContext): Promise<PartyOrganization> {
    return (await loaders.organizationById.load(member.organizationId))!;
  }

  @FieldResolver(_returns => CentralHousehold, { nullable: true, description: "The member's household as a central household (党员中心户), if designated" })
  async centralHousehold(@Root() member: PartyMember, @Ctx() { loaders }: PartyContext) {
    const [central] = await loaders.centralHouseholdsByHouseholdId.load(member.householdId);
    return central && central.memberId === member.id ? central : null;
  }

  @FieldResolver(_returns => PartyMemberTransferConnection, { description: 'Transfers of the organisational relationship, oldest first (组织关系转接记录)' })
  transfers(@Root() member: PartyMember, @Args() args: ConnectionArgs, @Ctx() { loaders }: PartyContext) {
    return loaders.pages.childrenOf(PartyMemberTransfer, 'memberId', member.id, pageQuery(args, {}, [['transferredAt', SortDirection.ASC]]));
  }

  @FieldResolver(_returns => PostClaim, { nullable: true, description: 'Service post held now (当前认领岗位), in-service members only' })
  async currentClaim(@Root() member: PartyMember, @Ctx() { loaders }: PartyContext) {
    return (await loaders.claimsByMemberId.load(member.id)).find((claim) => claim.releasedAt === null) ?? null;
  }

  @FieldResolver(_returns => PostClaimConnection, { description: 'Posts claimed, newest first (认领记录)' })
  postClaims(@Root() member: PartyMember, @Args() args: PostClaimsArgs, @Ctx() { loaders }: PartyContext) {
    return loaders.pages.childrenOf(PostClaim, 'memberId', member.id, pageQuery(args, {}, [['claimedAt', SortDirection.DESC]]));
  }

  @FieldResolver(_returns => ServiceRecordConnection, { description: 'Services done, newest first (服务记录)' })
  serviceRecords(@Root() member: PartyMember, @Args() args: ServiceRecordsArgs, @Ctx() { loaders }: PartyContext) {
    return loaders.pages.childrenOf(ServiceRecord, 'memberId', member.id, pageQuery(args, serviceRecordFilter(args.where), [['servedOn', SortDirection.DESC]]));
  }

  @FieldResolver(_returns => PointsEntryConnection, { description: 'Points ledger, newest quarter first (积分登记)' })
  pointsEntries(@Root() member: PartyMember, @Args() args: ConnectionArgs, @Ctx() { loaders }: PartyContext) {
    return loaders.pages.childrenOf(PointsEntry, 'memberId', member.id, pageQuery(args, {}, [['year', SortDirection.DESC], ['quarter', SortDirection.DESC], ['submittedAt', SortDirection.ASC]]));
  }

  @FieldResolver(_returns => Int, { description: 'Approved points of one quarter (季度积分)' })
  async quarterPoints(
    @Root() member: PartyMember,
    @Arg('year', _type => Int, { description: 'Year (年度)' }) year: number,
    @Arg('quarter', _type => Int, { description: 'Quarter 1–4 (季度)' }) quarter: number,
    @Ctx() { loaders }: PartyContext,
  ): Promise<number> {
    return loaders.approvedPoints.load(`${member.id}|${year}|${quarter}`);
  }
}

