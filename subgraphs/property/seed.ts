import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/knex';
import { householdsPer } from '../../kit/demo/household-counts';
import { demoId } from '../../kit/demo/ids';
import { REFERENCE_DATE } from '../../kit/demo/people';
import { prngFor, type Prng } from '../../kit/demo/prng';
import { BulkInserter, runSeed } from '../../kit/demo/seed-runner';
import type { DemoCompound, DemoResident, DemoTerritory } from '../../kit/demo/types';
import { seedTerritoryCopy } from '../../kit/territory/seed-territory-copy';
import { TerritoryPlace } from '../../kit/territory/territory-copy';
import { todayUtc } from '../../kit/validation/calendar-date';
import { CommitteePosition, CommitteeSeat } from './committee/committee-seat.entity';
import { CommitteeKind, OwnersCommittee } from './committee/owners-committee.entity';
import { CompanyStaffMember } from './company/company-staff-member.entity';
import { PropertyCompany } from './company/property-company.entity';
import { propertyEntities } from './entities';
import { CompoundManagement, ManagementMode } from './management/compound-management.entity';
import { seedMeetings, type DemoCompoundProperty } from './meeting/seed-meetings';
import { propertyMigrations } from './migrations';
import { seedSurveys } from './survey/seed-surveys';

/** The year management and committee histories count back from (the one before the reference date); dated activity follows the seed's day instead. */
const SEEDED_YEAR = Number(REFERENCE_DATE.slice(0, 4)) - 1;
const SEEDED_AT = new Date(`${REFERENCE_DATE}T00:00:00Z`);

const COMPANY_NAMES = ['红管家', '御东', '云冈', '平城安居', '华府', '恒安', '同泰', '鑫源', '瑞祥', '康居', '嘉和', '古城', '文瀛', '新华'];
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Compounds per company, roughly: Pingcheng's companies each serve a handful of compounds. */
const COMPOUNDS_PER_COMPANY = 6;

/**
 * How compounds are managed (seeds: most by companies, the rest held in trust by the community or
 * by former employers or the owners, and a handful with nothing — the 无物业小区 being cleared).
 */
const MODES: readonly (readonly [ManagementMode | null, number])[] = [
  [ManagementMode.ENTERPRISE, 72], [ManagementMode.COMMUNITY_TRUSTEESHIP, 13], [ManagementMode.EMPLOYER_PROXY, 5], [ManagementMode.OWNER_SELF, 6], [null, 4],
];
/** Datong: 1,485 of 1,724 compounds have a committee; 220 业委会 and 1,265 物管会. */
const COMMITTEE_SHARE = 1_485 / 1_724;
const OWNERS_COMMITTEE_SHARE = 220 / 1_485;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function creditCode(rng: Prng): string {
  return `91140200${Array.from({ length: 10 }, () => rng.pick([...CREDIT_CHARS])).join('')}`;
}

function companies(territory: DemoTerritory): PropertyCompany[] {
  const count = Math.max(2, Math.min(COMPANY_NAMES.length, Math.ceil(territory.compounds.length / COMPOUNDS_PER_COMPANY)));
  return COMPANY_NAMES.slice(0, count).map((name) => {
    const rng = prngFor([territory.district.id, name], 'property-company');
    return Object.assign(new PropertyCompany(), {
      id: demoId([territory.district.id, 'property-company', name]),
      name: `大同市${name}物业服务有限公司`,
      creditCode: creditCode(rng),
      hasPartyOrganization: rng.chance(0.6),
      registeredAt: SEEDED_AT,
    });
  });
}

/** Adult heads of households in the compound's first buildings: who sits on committees and speaks for residents. */
function candidates(territory: DemoTerritory, compound: DemoCompound): DemoResident[] {
  const found: DemoResident[] = [];
  for (const building of territory.buildings.filter((candidate) => candidate.compoundId === compound.id).slice(0, 2)) {
    for (const household of territory.households(building)) {
      for (const resident of territory.residents(household)) if (resident.isHead && resident.birthDate < `${SEEDED_YEAR - 25}-01-01`) found.push(resident);
    }
  }
  return found;
}

async function seedCompound(rows: BulkInserter, territory: DemoTerritory, compound: DemoCompound, pool: PropertyCompany[]): Promise<DemoCompoundProperty> {
  const rng = prngFor([compound.id], 'property');
  const where = { compoundId: compound.id, communityId: compound.communityId, subdistrictId: compound.subdistrictId };
  const mode = rng.weighted(MODES);
  const company = mode === ManagementMode.ENTERPRISE ? rng.pick(pool) : null;
  if (mode) {
    const startYear = rng.int(SEEDED_YEAR - 6, SEEDED_YEAR - 1);
    let startsOn = `${startYear}-${pad(rng.int(1, 12))}-01`;
    if (company && rng.chance(0.3)) {
      // Taken over from community trusteeship: the history keeps the earlier period.
      await rows.add(CompoundManagement, {
        id: demoId([compound.id, 'management', 'earlier']), ...where, openCompoundId: null, mode: ManagementMode.COMMUNITY_TRUSTEESHIP, companyId: null,
        startsOn: `${startYear - 2}-01-01`, contractEndsOn: null, endedOn: startsOn, endReason: `replaced by ${ManagementMode.ENTERPRISE}`, recordedAt: SEEDED_AT,
      });
    } else if (!company) {
      startsOn = `${startYear}-01-01`;
    }
    await rows.add(CompoundManagement, {
      id: demoId([compound.id, 'management']), ...where, openCompoundId: compound.id, mode, companyId: company?.id ?? null,
      startsOn, contractEndsOn: company ? `${SEEDED_YEAR + rng.int(1, 3)}-12-31` : null, endedOn: null, endReason: null, recordedAt: SEEDED_AT,
    });
  }
  const people = candidates(territory, compound);
  const committeeSize = rng.pick([5, 5, 7, 7, 9]);
  let director: DemoResident | null = null;
  if (people.length >= committeeSize && rng.chance(COMMITTEE_SHARE)) {
    const committeeId = demoId([compound.id, 'owners-committee']);
    const electedYear = rng.int(SEEDED_YEAR - 4, SEEDED_YEAR - 1);
    await rows.add(OwnersCommittee, {
      id: committeeId, ...where, openCompoundId: compound.id,
      kind: rng.chance(OWNERS_COMMITTEE_SHARE) ? CommitteeKind.OWNERS_COMMITTEE : CommitteeKind.MANAGEMENT_COMMITTEE,
      electedOn: `${electedYear}-${pad(rng.int(3, 6))}-15`, termStartsOn: `${electedYear}-07-01`, termEndsOn: `${electedYear + 5}-06-30`, dissolvedOn: null,
    });
    const stride = Math.max(1, Math.floor(people.length / committeeSize));
    for (let index = 0; index < committeeSize; index++) {
      const resident = people[index * stride];
      const position = index === 0 ? CommitteePosition.DIRECTOR : index === 1 ? CommitteePosition.DEPUTY_DIRECTOR : CommitteePosition.MEMBER;
      if (index === 0) director = resident;
      await rows.add(CommitteeSeat, { id: demoId([committeeId, 'seat', resident.id]), committeeId, residentId: resident.id, position, ...where });
    }
  }
  const representatives = people.filter((person) => person !== director);
  if (company) {
    // The company's staff posted here, some of them party members (党员交叉任职) as party's data says.
    for (const [index, post] of ['项目经理', '客服主管'].entries()) {
      const resident = representatives[representatives.length - 1 - index];
      if (resident) await rows.add(CompanyStaffMember, { id: demoId([compound.id, 'staff', resident.id]), companyId: company.id, residentId: resident.id, post, ...where });
    }
  }
  return { compound, company, director, representatives };
}

/**
 * Writes property's share of the demo territory: territory copy, companies, management, committees,
 * and the twelve months of meetings, suggestions and surveys before `seededOn`, the day the seed runs (UTC, as grids' events).
 */
export async function seedProperty(em: EntityManager, territory: DemoTerritory, seededOn: string = todayUtc()): Promise<void> {
  const rows = new BulkInserter(em);
  await seedTerritoryCopy(rows, territory);
  const pool = companies(territory);
  for (const company of pool) await rows.add(PropertyCompany, { ...company });
  const compounds: DemoCompoundProperty[] = [];
  const households = householdsPer(territory, 'compoundId');
  for (const compound of rows.through(territory.compounds, ({ id }) => households.get(id) ?? 0, 'compounds')) compounds.push(await seedCompound(rows, territory, compound, pool));
  await seedMeetings(rows, territory, compounds, seededOn);
  await seedSurveys(rows, territory, compounds, seededOn);
  await rows.flush();
}

if (require.main === module) {
  runSeed({ name: 'property', entities: propertyEntities, migrations: propertyMigrations }, async (em) => (await em.count(TerritoryPlace)) === 0, seedProperty).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
