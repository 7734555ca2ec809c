import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs, SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import type { PropertyContext } from '../context';
import { Compound } from '../compound/compound.type';
import { readable } from '../scope';
import { Resident } from '../resident/resident.type';
import { CompanyStaffMember } from './company-staff-member.entity';
import { PropertyCompany } from './property-company.entity';

@ObjectType({ description: 'A page of property companies (物业企业列表)' })
export class PropertyCompanyConnection extends Connection(PropertyCompany) {}

@ArgsType()
export class PropertyCompaniesArgs extends ConnectionArgs {}

@ObjectType({ description: "A property company's satisfaction in one quarter (季度满意度)" })
export class CompanySatisfactionPeriod {
  @Field({ description: 'Quarter, e.g. 2025-Q3 (测评周期)' })
  period!: string;

  @Field(_type => Int, { description: 'Responses over all its surveyed compounds (答卷数)' })
  responses!: number;

  @Field(_type => Float, { nullable: true, description: 'Mean score 1–5 (平均得分)' })
  averageScore!: number | null;

  @Field(_type => Float, { nullable: true, description: 'Satisfied responses / responses, 0–1 (满意率)' })
  satisfactionRate!: number | null;
}

@Resolver(_of => PropertyCompany)
export class PropertyCompanyResolver {
  @Authorized()
  @Query(_returns => PropertyCompany, { nullable: true, description: 'A property company by id (物业企业)' })
  propertyCompany(@Arg('id', _type => ID) id: string, @Ctx() { loaders }: PropertyContext): Promise<PropertyCompany | null> {
    return loaders.companyById.load(id);
  }

  @Authorized()
  @Query(_returns => PropertyCompanyConnection, { nullable: true, description: 'Property companies, by name (物业企业列表)' })
  propertyCompanies(@Args() args: PropertyCompaniesArgs, @Ctx() { loaders }: PropertyContext) {
    return loaders.pages.root(PropertyCompany, pageQuery(args, {}, [['name', SortDirection.ASC]]));
  }

  @FieldResolver(_returns => [CompanySatisfactionPeriod], { description: 'Satisfaction per quarter over the compounds it serves, oldest first (满意度趋势)' })
  satisfactionTrend(@Root() company: PropertyCompany, @Ctx() { loaders }: PropertyContext): Promise<CompanySatisfactionPeriod[]> {
    return loaders.companyTrend.load(company.id);
  }

  @FieldResolver(_returns => [CompanyStaffMember], {
    description: "Its employees at compounds in your scope; each a resident whose party membership (党员交叉任职) is `resident.partyMember` from the party subgraph (物业员工)",
  })
  async staff(@Root() company: PropertyCompany, @Ctx() context: PropertyContext): Promise<CompanyStaffMember[]> {
    return readable(context, await context.loaders.staffByCompanyId.load(company.id)).sort((a, b) => a.id.localeCompare(b.id));
  }

  @FieldResolver(_returns => [Compound], { description: 'Compounds it manages now (在管小区)' })
  async managedCompounds(@Root() company: PropertyCompany, @Ctx() { loaders }: PropertyContext): Promise<Compound[]> {
    const periods = await loaders.managementsByCompanyId.load(company.id);
    return periods.filter((period) => period.openCompoundId !== null).map((period) => Compound.ref(period.compoundId));
  }
}

@Resolver(_of => CompanyStaffMember)
export class CompanyStaffMemberResolver {
  @FieldResolver(_returns => Resident, { description: 'The employee, a resident (员工); name and contacts masked by grids as for any resident' })
  resident(@Root() staffMember: CompanyStaffMember): Resident {
    return Resident.ref(staffMember.residentId);
  }

  @FieldResolver(_returns => Compound, { description: 'The compound of the posting (驻点小区)' })
  compound(@Root() staffMember: CompanyStaffMember): Compound {
    return Compound.ref(staffMember.compoundId);
  }
}
