import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ConflictError } from '../../../kit/errors';
import { guardUnique } from '../../../kit/orm/write-conflict';
import type { PropertyContext } from '../context';
import { COMPANY_REGISTRARS } from '../roles';
import { PropertyCompany } from './property-company.entity';
import { RegisterPropertyCompanyInput } from './property-company.input';

@ObjectType({ description: 'Result of registering a property company (登记物业企业结果)' })
export class RegisterPropertyCompanyPayload {
  @Field(_type => PropertyCompany, { description: 'The company (物业企业)' })
  company!: PropertyCompany;
}

const TAKEN = 'A company with this credit code is already registered';

@Resolver()
export class RegisterPropertyCompanyResolver {
  @Authorized(COMPANY_REGISTRARS)
  @Mutation(_returns => RegisterPropertyCompanyPayload, { description: 'Register a property company (登记物业企业)' })
  async registerPropertyCompany(
    @Arg('input', { description: 'The command, validated before anything is written (指令)' }) input: RegisterPropertyCompanyInput,
    @Ctx() { em }: PropertyContext,
  ): Promise<RegisterPropertyCompanyPayload> {
    if (await em.count(PropertyCompany, { creditCode: input.creditCode })) throw new ConflictError(TAKEN, 'input.creditCode');
    const company = Object.assign(new PropertyCompany(), input);
    await guardUnique([{ columns: ['credit_code'], field: 'input.creditCode', message: TAKEN }], () => em.persistAndFlush(company));
    return { company };
  }
}
