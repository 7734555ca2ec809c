import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ElderlyContext } from '../context';
import { ElderProfile } from '../elder-profile/elder-profile.entity';
import { Resident } from './resident.type';

@Resolver(_of => Resident)
export class ResidentElderProfileResolver {
  @FieldResolver(_returns => ElderProfile, { nullable: true, description: "The resident's elder profile (老人档案), if 60 or over and registered" })
  async elderProfile(@Root() resident: Resident, @Ctx() { loaders }: ElderlyContext): Promise<ElderProfile | null> {
    const [profile] = await loaders.profilesByResidentId.load(resident.id);
    return profile ?? null;
  }
}
