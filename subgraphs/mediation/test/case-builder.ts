import type { EntityManager } from '@mikro-orm/knex';
import { withoutAuditTrail } from '../../../kit/testing/audit-entries';
import { v4 as uuidv4 } from 'uuid';
import { Agreement, Fulfilment } from '../agreement/agreement.entity';
import { mediationEntities } from '../entities';
import { CaseMediator, CaseMediatorRole } from '../mediation-case/case-mediator.entity';
import { CaseParty, CasePartyRole } from '../mediation-case/case-party.entity';
import { mechanismFor } from '../mediation-case/case-rules';
import { MediationCaseTransition } from '../mediation-case/case-transition.entity';
import { DisputeCategory, MediationCaseSource } from '../mediation-case/dispute.enums';
import { MediationCaseCommand, MediationCaseStatus, MediationLevel } from '../mediation-case/lifecycle';
import { MediationCase } from '../mediation-case/mediation-case.entity';
import { MediationTeam, MediationTeamKind } from '../team/mediation-team.entity';
import { Mediator } from '../team/mediator.entity';

export interface BuiltCase {
  readonly kase: MediationCase;
  readonly parties: CaseParty[];
  /** The mediator assigned when the status implies one (everything after REGISTERED). */
  readonly mediator: Mediator | null;
}

export interface CaseSpec {
  readonly communityId: string;
  readonly status: MediationCaseStatus;
  readonly level?: MediationLevel;
  readonly category?: DisputeCategory;
  readonly registeredAt?: Date;
  readonly residentIds?: readonly string[];
  /** An agreement at this level (AGREED and CLOSED cases get one at the case's level unless `false`). */
  readonly agreement?: { level?: MediationLevel; fulfilment?: Fulfilment } | false;
  readonly teamId?: string | null;
  readonly escalations?: number;
}

/** The team of `kind` serving `communityId` (or its subdistrict, for subdistrict kinds), from the seeded rows. */
export async function teamOf(em: EntityManager, communityId: string, kind: MediationTeamKind): Promise<MediationTeam> {
  const committee = (await em.findOne(MediationTeam, { communityId, kind: MediationTeamKind.COMMITTEE }))!;
  const subdistrictKinds = [MediationTeamKind.SUBDISTRICT_CENTRE, MediationTeamKind.JUDICIAL_OFFICE];
  return (await em.findOne(MediationTeam, subdistrictKinds.includes(kind) ? { subdistrictId: committee.subdistrictId, kind } : { communityId, kind }))!;
}

/**
 * Writes a case directly in `status`, as a history of commands would have left it (one REGISTER
 * step and one step into the status), so a test can start any command from any status.
 */
export async function buildCase(em: EntityManager, spec: CaseSpec): Promise<BuiltCase> {
  const level = spec.level ?? MediationLevel.COMMUNITY;
  const committee = (await em.findOne(MediationTeam, { communityId: spec.communityId, kind: MediationTeamKind.COMMITTEE }))!;
  const team = spec.teamId !== undefined ? spec.teamId : level === MediationLevel.SUBDISTRICT ? (await teamOf(em, spec.communityId, MediationTeamKind.SUBDISTRICT_CENTRE)).id : committee.id;
  const at = spec.registeredAt ?? new Date(Date.now() - 5 * 86_400_000);
  const kase = Object.assign(new MediationCase(), {
    id: uuidv4(), category: spec.category ?? DisputeCategory.NEIGHBOUR, description: '楼上卫生间漏水渗到楼下, 协商赔偿未果', source: MediationCaseSource.WALK_IN,
    gridEventId: null, leadId: null, level, mechanism: mechanismFor(level), status: spec.status, teamId: team,
    communityId: spec.communityId, subdistrictId: committee.subdistrictId, gridId: null, registeredBy: 'test', registeredAt: at, updatedAt: at,
    levelSince: at, deadlineAt: new Date(at.getTime() + 15 * 86_400_000), escalations: spec.escalations ?? 0,
    closedAt: null, closeReason: null, version: spec.status === MediationCaseStatus.REGISTERED ? 1 : 2,
  });
  const residents = spec.residentIds ?? [];
  const parties = [
    Object.assign(new CaseParty(), { id: uuidv4(), caseId: kase.id, role: CasePartyRole.APPLICANT, residentId: residents[0] ?? null, name: residents[0] ? null : '陈小红', affiliation: null, communityId: kase.communityId, subdistrictId: kase.subdistrictId }),
    Object.assign(new CaseParty(), { id: uuidv4(), caseId: kase.id, role: CasePartyRole.RESPONDENT, residentId: residents[1] ?? null, name: residents[1] ? null : '李大明', affiliation: null, communityId: kase.communityId, subdistrictId: kase.subdistrictId }),
  ];
  const steps: MediationCaseTransition[] = [Object.assign(new MediationCaseTransition(), {
    id: uuidv4(), caseId: kase.id, sequence: 1, command: MediationCaseCommand.REGISTER, fromStatus: null, toStatus: MediationCaseStatus.REGISTERED,
    level, mechanism: kase.mechanism, teamId: team, actorId: 'test', reason: null, at,
  })];
  if (spec.status !== MediationCaseStatus.REGISTERED) {
    steps.push(Object.assign(new MediationCaseTransition(), {
      id: uuidv4(), caseId: kase.id, sequence: 2, command: MediationCaseCommand.ASSIGN_MEDIATORS, fromStatus: MediationCaseStatus.REGISTERED, toStatus: spec.status,
      level, mechanism: kase.mechanism, teamId: null, actorId: 'test', reason: 'built for a test', at,
    }));
  }
  const mediator = spec.status === MediationCaseStatus.REGISTERED || !team ? null : (await em.find(Mediator, { teamId: team }, { orderBy: { id: 'ASC' }, limit: 1 }))[0];
  const rows: object[] = [kase, ...parties, ...steps];
  if (mediator) rows.push(Object.assign(new CaseMediator(), { id: uuidv4(), caseId: kase.id, mediatorId: mediator.id, role: CaseMediatorRole.LEAD, level, assignedAt: at }));
  const withAgreement = spec.agreement !== false && (spec.agreement || spec.status === MediationCaseStatus.AGREED || spec.status === MediationCaseStatus.CLOSED);
  if (withAgreement) {
    const terms = spec.agreement || {};
    rows.push(Object.assign(new Agreement(), {
      id: uuidv4(), caseId: kase.id, sessionId: null, terms: '被申请人赔偿维修费', compensationFen: 150_000, payerPartyId: parties[1].id, payeePartyId: parties[0].id,
      dueOn: null, level: terms.level ?? level, mechanism: kase.mechanism, signedAt: at, fulfilment: terms.fulfilment ?? Fulfilment.PENDING,
      communityId: kase.communityId, subdistrictId: kase.subdistrictId,
    }));
  }
  // Inserted as they are (not persisted): an entity's insert starts the version at 1 whatever the row says.
  const fork = em.fork();
  for (const row of rows) await fork.insertMany(row.constructor as new () => object, [{ ...row }]);
  return { kase, parties, mediator };
}

/** Every row of every mediation table (but the audit trail, which records refusals too), as text: equal before and after means nothing was written. */
export async function snapshot(em: EntityManager): Promise<string> {
  const fork = em.fork();
  const tables: Record<string, unknown[]> = {};
  for (const entity of withoutAuditTrail(mediationEntities)) {
    const meta = fork.getMetadata().get(entity.name);
    tables[meta.tableName] = await fork.getConnection().execute(fork.getKnex().select('*').from(meta.tableName).orderBy(meta.primaryKeys.map((key) => meta.properties[key].fieldNames[0])));
  }
  return JSON.stringify(tables);
}
