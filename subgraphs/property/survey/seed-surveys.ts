import { demoId } from '../../../kit/demo/ids';
import { prngFor } from '../../../kit/demo/prng';
import type { BulkInserter } from '../../../kit/demo/seed-runner';
import type { DemoTerritory } from '../../../kit/demo/types';
import type { DemoCompoundProperty } from '../meeting/seed-meetings';
import { demoQuarters, demoSurveyId } from './demo-quarters';
import { SatisfactionSurvey, SATISFIED_MEAN } from './satisfaction-survey.entity';
import { SurveyResponse } from './survey-response.entity';

const QUESTIONS = ['环境保洁', '秩序维护', '设施维修', '绿化养护', '服务态度'];
const THRESHOLD = 0.8;

/**
 * A survey for each of the four quarters before the seed's day (`demoQuarters`) of every compound a company manages, answered by 10–25 households of its
 * first building. Each company has a standing (most serve well, a few poorly) that drifts by
 * quarter, so trends move and some compounds fall below the threshold.
 */
export async function seedSurveys(rows: BulkInserter, territory: DemoTerritory, compounds: readonly DemoCompoundProperty[], seededOn: string): Promise<void> {
  const quarters = demoQuarters(seededOn);
  for (const { compound, company } of compounds) {
    if (!company) continue;
    const building = territory.buildings.find((candidate) => candidate.compoundId === compound.id);
    if (!building) continue;
    const households = [...territory.households(building)];
    const standing = prngFor([company.id], 'survey-standing').next();
    const where = { compoundId: compound.id, communityId: compound.communityId, subdistrictId: compound.subdistrictId };
    for (const quarter of quarters) {
      const { period, startsOn: periodStartsOn } = quarter;
      const surveyId = demoSurveyId(compound.id, quarter);
      const rng = prngFor([surveyId], 'survey');
      await rows.add(SatisfactionSurvey, {
        id: surveyId, companyId: company.id, period, periodStartsOn, questions: QUESTIONS, threshold: THRESHOLD,
        ...where, openedAt: new Date(`${periodStartsOn}T00:00:00Z`),
      });
      // Chance a household is satisfied: most companies 0.8–0.97, the weakest fifth well below.
      const satisfaction = (standing < 0.2 ? 0.55 : 0.8) + standing * 0.17 + (quarter.ordinal - 2.5) * 0.02;
      const count = Math.min(households.length, rng.int(10, 25));
      for (const household of households.slice(0, count)) {
        const happy = rng.chance(satisfaction);
        const scores = QUESTIONS.map(() => (happy ? rng.int(4, 5) : rng.int(1, 4)));
        const meanScore = scores.reduce((sum, score) => sum + score, 0) / scores.length;
        await rows.add(SurveyResponse, {
          id: demoId([surveyId, 'response', household.id]), surveyId, householdId: household.id, scores, meanScore, satisfied: meanScore >= SATISFIED_MEAN,
          companyId: company.id, period, periodStartsOn, ...where, submittedAt: new Date(`${periodStartsOn}T08:00:00Z`),
        });
      }
    }
  }
}
