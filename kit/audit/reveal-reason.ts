import { Arg, registerEnumType } from 'type-graphql';

/**
 * Why a caller asks for a resident's personal data unmasked: the `reveal` argument of every
 * personal field. Without one the field stays masked whatever the role; with one (and a role and
 * scope that allow it) the value is shown and the reason goes into the audit trail.
 */
export enum RevealReason {
  /** 网格事件处置: handling a grid event the person reported or is part of. */
  GRID_EVENT_HANDLING = 'GRID_EVENT_HANDLING',
  /** 入户走访: visiting or calling a household a grid worker links (联系户). */
  HOUSEHOLD_VISIT = 'HOUSEHOLD_VISIT',
  /** 信息核对: checking or correcting a registration (household, residence, ID). */
  REGISTRATION_CHECK = 'REGISTRATION_CHECK',
  /** 养老服务: meals, home visits, pension certification of an elder. */
  ELDER_CARE = 'ELDER_CARE',
  /** 矛盾纠纷调解: mediating a dispute the person is party to. */
  MEDIATION = 'MEDIATION',
  /** 党务工作: party membership work (registration, 双报到, points). */
  PARTY_AFFAIRS = 'PARTY_AFFAIRS',
  /** 物业议事: owners' committee and joint meeting work. */
  PROPERTY_AFFAIRS = 'PROPERTY_AFFAIRS',
  /** 应急处置: someone's safety is at stake now. */
  EMERGENCY = 'EMERGENCY',
}

registerEnumType(RevealReason, {
  name: 'RevealReason',
  description: 'Why personal data is read unmasked (查看事由); written to the audit trail',
  valuesConfig: {
    GRID_EVENT_HANDLING: { description: 'Handling a grid event (网格事件处置)' },
    HOUSEHOLD_VISIT: { description: 'Visiting or calling a linked household (入户走访)' },
    REGISTRATION_CHECK: { description: 'Checking or correcting a registration (信息核对)' },
    ELDER_CARE: { description: 'Elderly care: meals, home visits, certification (养老服务)' },
    MEDIATION: { description: 'Mediating a dispute (矛盾纠纷调解)' },
    PARTY_AFFAIRS: { description: 'Party membership work (党务工作)' },
    PROPERTY_AFFAIRS: { description: "Owners' committee and joint meeting work (物业议事)" },
    EMERGENCY: { description: "Someone's safety is at stake now (应急处置)" },
  },
});

/**
 * The `reveal: RevealReason` argument of a personal field, the same everywhere; the parameter is
 * `RevealReason | undefined` (absent: masked), hand it on as `reason ?? null`.
 */
export function RevealArg(): ReturnType<typeof Arg> {
  return Arg('reveal', _type => RevealReason, {
    nullable: true,
    description:
      'Why you need the value unmasked (查看事由): without it the value stays masked; with it, and a role and scope that allow it, the read is written to the audit trail',
  });
}
