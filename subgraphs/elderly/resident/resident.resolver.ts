import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { hasAnyRole } from '../../../kit/auth/viewer';
import type { ElderlyContext } from '../context';
import { ElderProfile } from '../elder-profile/elder-profile.entity';
import { PROFILE_VIEWERS } from '../roles';
import { Resident } from './resident.type';

@Resolver(_of => Resident)
export class ResidentElderProfileResolver {
  @FieldResolver(_returns => ElderProfile, { nullable: true, description: "The resident's elder profile (老人档案), if 60 or over and registered; null for BI and partner agencies" })
  async elderProfile(@Root() resident: Resident, @Ctx() { loaders, viewer }: ElderlyContext): Promise<ElderProfile | null> {
    if (!hasAnyRole(viewer, PROFILE_VIEWERS)) return null;
    const [profile] = await loaders.profilesByResidentId.load(resident.id);
    return profile ?? null;
  }
}
