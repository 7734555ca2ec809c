import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../context';
import { PropertyCompany } from '../company/property-company.entity';
import { Compound } from '../compound/compound.type';
import { CompoundManagement } from './compound-management.entity';

@Resolver(_of => CompoundManagement)
export class CompoundManagementResolver {
  @FieldResolver(_returns => PropertyCompany, { nullable: true, description: 'The company, for enterprise management (物业企业)' })
  company(@Root() management: CompoundManagement, @Ctx() { loaders }: PropertyContext): Promise<PropertyCompany | null> | null {
    return management.companyId ? loaders.companyById.load(management.companyId) : null;
  }

  @FieldResolver(_returns => Compound, { description: 'The compound (小区)' })
  compound(@Root() management: CompoundManagement): Compound {
    return Compound.ref(management.compoundId);
  }
}
