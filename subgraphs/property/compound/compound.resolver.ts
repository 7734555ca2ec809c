import { Args, ArgsType, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, SortDirection } from '../../../kit/connection/connection';
import { pageOfList } from '../../../kit/connection/page-of-list';
import { pageQuery } from '../../../kit/connection/page-query';
import { OwnersCommittee } from '../committee/owners-committee.entity';
import type { PropertyContext } from '../context';
import { CompoundManagement } from '../management/compound-management.entity';
import { JointMeeting } from '../meeting/joint-meeting.entity';
import { canReadCompound } from '../scope';
import { Suggestion, SuggestionState } from '../suggestion/suggestion.entity';
import { SatisfactionSurvey } from '../survey/satisfaction-survey.entity';
import { Compound } from './compound.type';

@ObjectType({ description: 'A page of joint meetings (联席会议列表)' })
export class JointMeetingConnection extends Connection(JointMeeting) {}

@ObjectType({ description: 'A page of suggestions (居民建议列表)' })
export class SuggestionConnection extends Connection(Suggestion) {}

@ArgsType()
export class JointMeetingsArgs extends ConnectionArgs {}

@ArgsType()
export class SuggestionsArgs extends ConnectionArgs {
  @Field(_type => SuggestionState, { nullable: true, description: 'Only suggestions in this state (状态)' })
  state?: SuggestionState;
}

@Resolver(_of => Compound)
export class CompoundPropertyResolver {
  @FieldResolver(_returns => CompoundManagement, {
    nullable: true,
    description: 'How the compound is managed now; null when it has no management at all (物业管理方式; 无物业小区)',
  })
  async management(@Root() compound: Compound, @Ctx() context: PropertyContext): Promise<CompoundManagement | null> {
    if (!(await canReadCompound(context, compound.id))) return null;
    const [current] = await context.loaders.currentManagementsByCompoundId.load(compound.id);
    return current ?? null;
  }

  @FieldResolver(_returns => [CompoundManagement], { nullable: true, description: 'Every period of its management, newest first (物业管理变更记录)' })
  async managementHistory(@Root() compound: Compound, @Ctx() context: PropertyContext): Promise<CompoundManagement[]> {
    if (!(await canReadCompound(context, compound.id))) return [];
    const periods = await context.loaders.managementsByCompoundId.load(compound.id);
    return [...periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.recordedAt.getTime() - a.recordedAt.getTime());
  }

  @FieldResolver(_returns => OwnersCommittee, { nullable: true, description: "Its sitting owners' committee or management committee; null when none (业委会 / 物管会)" })
  async ownersCommittee(@Root() compound: Compound, @Ctx() context: PropertyContext): Promise<OwnersCommittee | null> {
    if (!(await canReadCompound(context, compound.id))) return null;
    const [sitting] = await context.loaders.sittingCommitteesByCompoundId.load(compound.id);
    return sitting ?? null;
  }

  @FieldResolver(_returns => JointMeetingConnection, { nullable: true, description: 'Joint meetings convened for it, latest first (联席会议)' })
  async jointMeetings(@Root() compound: Compound, @Args() args: JointMeetingsArgs, @Ctx() context: PropertyContext) {
    if (!(await canReadCompound(context, compound.id))) return pageOfList([], args);
    return context.loaders.pages.childrenOf(JointMeeting, 'compoundId', compound.id, pageQuery(args, {}, [['scheduledAt', SortDirection.DESC]]));
  }

  @FieldResolver(_returns => [SatisfactionSurvey], { nullable: true, description: "Satisfaction surveys of its property company's service, latest quarter first (物业服务满意度)" })
  async propertySatisfaction(@Root() compound: Compound, @Ctx() context: PropertyContext): Promise<SatisfactionSurvey[]> {
    if (!(await canReadCompound(context, compound.id))) return [];
    const surveys = await context.loaders.surveysByCompoundId.load(compound.id);
    return [...surveys].sort((a, b) => b.period.localeCompare(a.period));
  }

  @FieldResolver(_returns => SuggestionConnection, { nullable: true, description: 'Suggestions raised in it, latest first (居民建议)' })
  async suggestions(@Root() compound: Compound, @Args() args: SuggestionsArgs, @Ctx() context: PropertyContext) {
    if (!(await canReadCompound(context, compound.id))) return pageOfList([], args);
    const where = args.state ? { state: args.state } : {};
    return context.loaders.pages.childrenOf(Suggestion, 'compoundId', compound.id, pageQuery(args, where, [['raisedAt', SortDirection.DESC]]));
  }
}
