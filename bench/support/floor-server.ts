/**
 * The floor of the peers bench: the building query's answer (`BUILDING_QUERY`, as a city admin sees
 * it) from hand-written SQL on the subgraphs' own libSQL files and JSON.stringify — no GraphQL, no
 * ORM, no gateway, no audit log, one process. What is left is reading the rows and writing the
 * JSON; ours / floor says what everything else costs. `FLOOR_PORT`, `DATA_DIR` as for the bench.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import Database from 'libsql';
import { maskName } from '../../kit/personal/mask';
import { ageOn } from '../../subgraphs/grids/resident/resident.resolver';
import { serveFloor } from './floor-answers';

const dataDir = process.env.DATA_DIR ?? 'data';
const grids = new Database(join(dataDir, 'grids.db'), { readonly: true });
const party = new Database(join(dataDir, 'party.db'), { readonly: true });

const buildingById = grids.prepare('select id, code, number, units, floors, compound_id from building where id = ?');
const compoundById = grids.prepare('select id, name from compound where id = ?');
const householdsOf = grids.prepare('select id, code, unit, floor, room from household where building_id = ? order by unit, floor, room, id limit 100');
const householdCount = grids.prepare('select count(*) as n from household where building_id = ?');
/** The first ten residents of each household of the building, in one statement (a window per household). */
const residentsOf = grids.prepare(
  `select * from (select id, name, gender, birth_date, is_head, household_id,
     row_number() over (partition by household_id order by is_head desc, registered_at, id) as position,
     count(*) over (partition by household_id) as total
   from resident where building_id = ?) where position <= 10 order by household_id, position`,
);
const organizationsAttached = party.prepare('select id, name, level, attached_id, status, merged_into_id from party_organization where attached_id in (?, ?)');
const organizationById = party.prepare('select id, name, level, attached_id, status, merged_into_id from party_organization where id = ?');

interface ResidentRow {
  id: string;
  name: string;
  gender: string;
  birth_date: string;
  is_head: number;
  household_id: string;
  total: number;
}

interface OrganizationRow {
  id: string;
  name: string;
  level: string;
  attached_id: string;
  status: string;
  merged_into_id: string | null;
}

/** The organisation covering a place: the one attached to it, or the one it merged into (联建), as party's `organizationAt` answers. */
function covering(attached: OrganizationRow | undefined): OrganizationRow | undefined {
  return attached?.status === 'MERGED' ? (organizationById.get(attached.merged_into_id) as OrganizationRow) : attached;
}

function grouped<T extends { household_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.household_id);
    if (group) group.push(row);
    else groups.set(row.household_id, [row]);
  }
  return groups;
}

function building(id: string): unknown {
  const row = buildingById.get(id) as { id: string; code: string; number: string; units: number; floors: number; compound_id: string } | undefined;
  if (!row) return null;
  const compound = compoundById.get(row.compound_id) as { id: string; name: string };
  const attached = organizationsAttached.all(row.compound_id, row.id) as OrganizationRow[];
  const branch = covering(attached.find(organization => organization.attached_id === row.compound_id && organization.level === 'BRANCH'));
  const group = covering(attached.find(organization => organization.attached_id === row.id && organization.level === 'GROUP'));
  const residents = grouped(residentsOf.all(row.id) as ResidentRow[]);
  const today = new Date();
  const households = householdsOf.all(row.id) as { id: string; code: string; unit: number; floor: number; room: string }[];
  return {
    id: row.id,
    code: row.code,
    number: row.number,
    units: row.units,
    floors: row.floors,
    compound: { id: compound.id, name: compound.name, partyBranch: branch ? { id: branch.id, name: branch.name, level: branch.level } : null },
    partyGroup: group ? { id: group.id, name: group.name, level: group.level } : null,
    households: {
      totalCount: (householdCount.get(row.id) as { n: number }).n,
      edges: households.map(household => {
        const own = residents.get(household.id) ?? [];
        return {
          node: {
            id: household.id,
            code: household.code,
            unit: household.unit,
            floor: household.floor,
            room: household.room,
            residents: {
              totalCount: own[0]?.total ?? 0,
              edges: own.map(resident => ({
                node: { id: resident.id, name: maskName(resident.name), gender: resident.gender, age: ageOn(resident.birth_date, today), isHead: resident.is_head === 1 },
              })),
            },
            // Membership is personal data (#12): asked without a reveal reason, as the bench asks, it is not shown.
            partyMembers: [],
            centralHousehold: null,
          },
        };
      }),
    },
  };
}

// A readiness probe ({ __typename }) has no id.
serveFloor(Number(process.env.FLOOR_PORT ?? 14060), ({ variables: { id } }) => (id ? { building: building(id) } : { __typename: 'Query' }));
