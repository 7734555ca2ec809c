import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MediationCase } from './mediation-case.entity';

export enum CasePartyRole {
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
  THIRD_PARTY = 'THIRD_PARTY',
}
registerEnumType(CasePartyRole, {
  name: 'CasePartyRole',
  description: 'Role of a party in a dispute (当事人身份)',
  valuesConfig: {
    APPLICANT: { description: 'Applicant (申请人)' },
    RESPONDENT: { description: 'Respondent (被申请人)' },
    THIRD_PARTY: { description: 'Third party (第三人)' },
  },
});

/**
 * A party to a dispute (当事人): a resident by reference, or an outside party (an employer, a
 * property company, someone from elsewhere) by name. Personal data: masked unless allowed.
 */
@ObjectType({ description: 'A party to a dispute (当事人); masked unless your role and the case allow it' })
@Entity()
export class CaseParty {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => MediationCase, mapToPk: true, fieldName: 'case_id', index: true })
  caseId!: string;

  @Field(_type => CasePartyRole, { description: 'Role in the dispute (当事人身份)' })
  @Enum({ items: () => CasePartyRole })
  role!: CasePartyRole;

  @Property({ type: 'uuid', nullable: true, index: true })
  residentId: string | null = null;

  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  @Property({ type: 'string', nullable: true })
  affiliation: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;
}
