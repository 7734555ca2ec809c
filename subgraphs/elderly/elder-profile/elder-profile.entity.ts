import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';

/** Who an elder lives with (居住情况). */
export enum LivingSituation {
  ALONE = 'ALONE',
  CHILDLESS = 'CHILDLESS',
  WITH_FAMILY = 'WITH_FAMILY',
}
registerEnumType(LivingSituation, {
  name: 'LivingSituation',
  description: 'Who an elder lives with (居住情况)',
  valuesConfig: {
    ALONE: { description: 'Lives alone, children elsewhere (独居, 空巢)' },
    CHILDLESS: { description: 'Childless, no one to rely on (孤寡)' },
    WITH_FAMILY: { description: 'Lives with family (与家人同住)' },
  },
});

export enum DisabilityLevel {
  NONE = 'NONE',
  MODERATE = 'MODERATE',
  SEVERE = 'SEVERE',
}
registerEnumType(DisabilityLevel, {
  name: 'DisabilityLevel',
  description: 'Disability (残疾等级)',
  valuesConfig: {
    NONE: { description: 'None (无)' },
    MODERATE: { description: 'Moderate, grades 3–4 (三、四级)' },
    SEVERE: { description: 'Severe, grades 1–2 (一、二级)' },
  },
});

export enum CareLevel {
  SELF_CARE = 'SELF_CARE',
  PARTIAL_CARE = 'PARTIAL_CARE',
  FULL_CARE = 'FULL_CARE',
}
registerEnumType(CareLevel, {
  name: 'CareLevel',
  description: 'How much care an elder needs (照护等级)',
  valuesConfig: {
    SELF_CARE: { description: 'Looks after themselves (自理)' },
    PARTIAL_CARE: { description: 'Needs some help (半失能)' },
    FULL_CARE: { description: 'Needs full care (失能)' },
  },
});

/** Dietary needs, matched by dishes' tags (饮食需求). */
export enum DietaryTag {
  LOW_OIL = 'LOW_OIL',
  LOW_SALT = 'LOW_SALT',
  LOW_SUGAR = 'LOW_SUGAR',
  SOFT = 'SOFT',
}
registerEnumType(DietaryTag, {
  name: 'DietaryTag',
  description: 'Dietary need of an elder, or what a dish is suited to (饮食标签)',
  valuesConfig: {
    LOW_OIL: { description: 'Low oil (低油)' },
    LOW_SALT: { description: 'Low salt (低盐)' },
    LOW_SUGAR: { description: 'Low sugar (低糖)' },
    SOFT: { description: 'Soft, easy to chew (软烂)' },
  },
});

/**
 * What the elderly-care services know about a resident aged 60 or more. The person (name, ID
 * number) stays on grids' `Resident`; the birth date is the one on the ID card shown at registration,
 * kept here because age tiers price meals. Health and care needs are personal data: served only to
 * the roles that serve the elder, in scope, every read audited.
 */
@ObjectType({ description: "Elder's profile (老人档案); health and care needs are shown only to the roles that serve the elder" })
@Directive('@key(fields: "id")')
@Entity()
export class ElderProfile {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @Property({ type: 'uuid', unique: true })
  residentId!: string;

  @Property({ type: 'uuid', index: true })
  householdId!: string;

  @Property({ type: 'uuid', index: true })
  buildingId!: string;

  @Property({ type: 'uuid', index: true })
  compoundId!: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  gridId: string | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  /** YYYY-MM-DD, from the ID card. */
  @Property({ type: 'string', length: 10 })
  birthDate!: string;

  @Enum({ items: () => LivingSituation, index: true })
  livingSituation!: LivingSituation;

  /** In hardship: subsistence allowance or extreme poverty support (低保、特困). */
  @Property({ type: 'boolean' })
  hardship = false;

  @Enum({ items: () => DisabilityLevel })
  disability: DisabilityLevel = DisabilityLevel.NONE;

  @Enum({ items: () => DietaryTag, array: true })
  dietaryNeeds: DietaryTag[] = [];

  @Enum({ items: () => CareLevel })
  careLevel: CareLevel = CareLevel.SELF_CARE;

  /** YYYY-MM-DD: the pension is suspended if the yearly certification (养老认证) is not done by then. */
  @Property({ type: 'string', length: 10, index: true })
  certificationDueOn!: string;

  @Field({ description: 'When the profile was last changed (更新时间)' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
