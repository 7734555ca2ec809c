import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../context';
import { PropertyCompany } from '../company/property-company.entity';
import { Compound } from '../compound/compound.type';
import { SatisfactionSurvey } from './satisfaction-survey.entity';

@Resolver(_of => SatisfactionSurvey)
export class SatisfactionSurveyResolver {
  @FieldResolver(_returns => PropertyCompany, { description: 'The company whose service is rated (被测评物业企业)' })
  async company(@Root() survey: SatisfactionSurvey, @Ctx() { loaders }: PropertyContext): Promise<PropertyCompany> {
    return (await loaders.companyById.load(survey.companyId))!;
  }

  @FieldResolver(_returns => Compound, { description: 'The compound (小区)' })
  compound(@Root() survey: SatisfactionSurvey): Compound {
    return Compound.ref(survey.compoundId);
  }

  @FieldResolver(_returns => Int, { description: 'Households that responded, one response each (答卷户数)' })
  async responses(@Root() survey: SatisfactionSurvey, @Ctx() { loaders }: PropertyContext): Promise<number> {
    return (await loaders.surveyScores.load(survey.id)).responses;
  }

  @FieldResolver(_returns => Float, { nullable: true, description: 'Mean score 1–5; null without responses (平均得分)' })
  async averageScore(@Root() survey: SatisfactionSurvey, @Ctx() { loaders }: PropertyContext): Promise<number | null> {
    return (await loaders.surveyScores.load(survey.id)).averageScore;
  }

  @FieldResolver(_returns => Float, { nullable: true, description: 'Responses with a mean score of 4 or more / responses, 0–1; null without responses (满意率)' })
  async satisfactionRate(@Root() survey: SatisfactionSurvey, @Ctx() { loaders }: PropertyContext): Promise<number | null> {
    return (await loaders.surveyScores.load(survey.id)).satisfactionRate;
  }

  @FieldResolver(_returns => Boolean, { description: 'The satisfaction rate is below the threshold: the compound is flagged (低于预警线)' })
  async belowThreshold(@Root() survey: SatisfactionSurvey, @Ctx() { loaders }: PropertyContext): Promise<boolean> {
    const { satisfactionRate } = await loaders.surveyScores.load(survey.id);
    return satisfactionRate !== null && satisfactionRate < survey.threshold;
  }
}
