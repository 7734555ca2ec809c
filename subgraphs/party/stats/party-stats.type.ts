import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SMALL_GROUP } from '../../../kit/stats/small-groups';
import { PartyMemberCategory } from '../member/member.entity';
import { StatsBucketOf } from '../../../kit/stats/stats-interval';
import type { PartyStatsKey } from './party-stats.loader';

const SUPPRESSED = `null when you may not see the members and it is fewer than ${SMALL_GROUP}, or would give such a count away by subtraction (complementary suppression)`;

/** Members in one ledger. */
@ObjectType({ description: 'Members in one ledger (分类党员数)' })
export class PartyMemberCategoryCount {
  @Field(_type => PartyMemberCategory, { description: 'Ledger (党员类别)' })
  category!: PartyMemberCategory;

  @Field(_type => Int, { nullable: true, description: `Members (人数); ${SUPPRESSED}` })
  count!: number | null;
}

/** Party-building figures of a community or subdistrict: counts and rates, never people. */
@ObjectType({ description: 'Party-building statistics (党建统计) of a community or subdistrict' })
export class PartyStats {
  key!: PartyStatsKey;

  @Field({ description: 'First day the in-service figures count, YYYY-MM-DD in China time (起)' })
  from!: string;

  @Field({ description: 'Day after the last they count (止)' })
  to!: string;

  @Field(_type => Int, { nullable: true, description: `Party members living here (党员总数); ${SUPPRESSED}` })
  members!: number | null;

  @Field(_type => [PartyMemberCategoryCount], { description: 'Members per ledger, every ledger listed (四本台账)' })
  membersByCategory!: PartyMemberCategoryCount[];

  @Field(_type => Int, { description: 'Compounds (小区数)' })
  compounds!: number;

  @Field(_type => Int, { description: 'Compounds with a party branch (已建党支部的小区数)' })
  compoundsWithBranch!: number;

  @Field(_type => Float, { nullable: true, description: 'Share of compounds with a branch, 0–1 (小区党组织覆盖率); null without compounds' })
  branchCoverage!: number | null;

  @Field({ description: 'Every compound has a branch (小区党组织全覆盖)' })
  fullCoverage!: boolean;

  @Field(_type => Int, {
    description:
      'Party branches (党支部数), compound and grid branches alike; counted apart from the compounds they cover, as a joint branch (联建) covers several',
  })
  branches!: number;

  @Field(_type => Int, { description: 'Grids with buildings (网格数); dedicated grids (专属网格) without buildings are not counted' })
  grids!: number;

  @Field(_type => Int, { description: 'Of those grids, the ones with a grid party branch or group (已建网格党支部/党小组的网格数)' })
  gridsWithBranch!: number;

  @Field(_type => Float, { nullable: true, description: 'gridsWithBranch / grids, 0–1 (网格党组织覆盖率); null without grids' })
  gridCoverage!: number | null;

  @Field(_type => Int, { nullable: true, description: `Central households (党员中心户数); ${SUPPRESSED}` })
  centralHouseholds!: number | null;

  @Field(_type => Int, { nullable: true, description: `In-service members (在职党员数); ${SUPPRESSED}` })
  inServiceMembers!: number | null;

  @Field(_type => Int, { nullable: true, description: `In-service members holding a service post here (双报到已认领岗位); ${SUPPRESSED}` })
  inServiceRegistered!: number | null;

  @Field(_type => Int, {
    nullable: true,
    description: `In-service members who served at least 4 times and 20 hours in the period, a year by default (达标人数); ${SUPPRESSED}`,
  })
  inServiceCompliant!: number | null;

  @Field(_type => Float, {
    nullable: true,
    description: 'Compliant share of in-service members, 0–1 (达标率); null without in-service members, or when either count is suppressed',
  })
  complianceRate!: number | null;
}

/** The services in-service members recorded on a bucket's days. */
@ObjectType({ description: 'Services of in-service members (在职党员服务)' })
export class PartyServices {
  @Field(_type => Int, { description: 'Services recorded here (服务次数)' })
  services!: number;

  @Field(_type => Float, { description: 'Their hours, two decimal places (服务时长)' })
  serviceHours!: number;

  @Field(_type => Int, { nullable: true, description: `In-service members who served here (参与服务党员数); ${SUPPRESSED}` })
  membersServing!: number | null;
}

/** One bucket of a place's party series. */
@ObjectType({ description: 'Services of in-service members on the days of one day, week, month or quarter (在职党员服务分期统计)' })
export class PartyStatsBucket extends StatsBucketOf(PartyServices) {}
