import type { EntityManager } from '@mikro-orm/knex';
import { withoutAuditTrail } from '../../../kit/testing/audit-entries';
import type { Viewer } from '../../../kit/auth/viewer';
import { demoId } from '../../../kit/demo/ids';
import { createSubgraphFixture } from '../../../kit/testing/subgraph-fixture';
import { cityAdmin } from '../../../kit/testing/viewers';
import { TerritoryLevel, TerritoryPlace } from '../../../kit/territory/territory-copy';
import { propertyEntities } from '../entities';
import { propertySubgraph } from '../server';

const id = (...path: string[]) => demoId(['property-hand-fixture', ...path]);

/**
 * A territory small enough to count by hand: subdistrict S; community A with compounds A1, A2, A3;
 * community B with compound B1. A1 has one building of six households, one resident each (r1–r6);
 * A2 and B1 one building with one household and one resident each (r7, r8). No property rows: the
 * tests make them through the commands.
 */
export const HAND = {
  subdistrict: id('S'),
  communityA: id('A'),
  communityB: id('B'),
  compounds: { A1: id('A1'), A2: id('A2'), A3: id('A3'), B1: id('B1') },
  buildings: { A1: id('A1', '1'), A2: id('A2', '1'), B1: id('B1', '1') },
  householdsA1: Array.from({ length: 6 }, (_value, index) => id('A1', '1', `h${index + 1}`)),
  householdA2: id('A2', '1', 'h1'),
  householdB1: id('B1', '1', 'h1'),
  /** r1…r6 live in A1 households 1…6, r7 in A2, r8 in B1. */
  residents: Array.from({ length: 8 }, (_value, index) => id('resident', `r${index + 1}`)),
};

function territoryRows(): Partial<TerritoryPlace>[] {
  const s = HAND.subdistrict;
  const rows: Partial<TerritoryPlace>[] = [
    { id: s, level: TerritoryLevel.SUBDISTRICT, subdistrictId: s },
    { id: HAND.communityA, level: TerritoryLevel.COMMUNITY, subdistrictId: s, communityId: HAND.communityA },
    { id: HAND.communityB, level: TerritoryLevel.COMMUNITY, subdistrictId: s, communityId: HAND.communityB },
  ];
  for (const [name, compoundId] of Object.entries(HAND.compounds)) {
    rows.push({ id: compoundId, level: TerritoryLevel.COMPOUND, subdistrictId: s, communityId: name.startsWith('A') ? HAND.communityA : HAND.communityB, compoundId });
  }
  const building = (key: 'A1' | 'A2' | 'B1') => ({
    subdistrictId: s, communityId: key.startsWith('A') ? HAND.communityA : HAND.communityB, compoundId: HAND.compounds[key], buildingId: HAND.buildings[key],
  });
  for (const key of ['A1', 'A2', 'B1'] as const) rows.push({ id: HAND.buildings[key], level: TerritoryLevel.BUILDING, ...building(key) });
  HAND.householdsA1.forEach((householdId, index) => {
    rows.push({ id: householdId, level: TerritoryLevel.HOUSEHOLD, ...building('A1'), householdId });
    rows.push({ id: HAND.residents[index], level: TerritoryLevel.RESIDENT, ...building('A1'), householdId });
  });
  rows.push({ id: HAND.householdA2, level: TerritoryLevel.HOUSEHOLD, ...building('A2'), householdId: HAND.householdA2 });
  rows.push({ id: HAND.residents[6], level: TerritoryLevel.RESIDENT, ...building('A2'), householdId: HAND.householdA2 });
  rows.push({ id: HAND.householdB1, level: TerritoryLevel.HOUSEHOLD, ...building('B1'), householdId: HAND.householdB1 });
  rows.push({ id: HAND.residents[7], level: TerritoryLevel.RESIDENT, ...building('B1'), householdId: HAND.householdB1 });
  return rows;
}

async function seedHand(em: EntityManager): Promise<void> {
  await em.insertMany(TerritoryPlace, territoryRows());
}

const STEP_COMMANDS = ['proposeAgendaItem', 'consultAgendaItem', 'decideAgendaItem', 'publishAgendaItemDecision', 'publishAgendaItemResult', 'withdrawAgendaItem'];

/** The input type of a command: its own, or the one input every step of 一征三议两公开 shares. */
export function inputTypeOf(name: string): string {
  return STEP_COMMANDS.includes(name) ? 'AgendaItemStepInput' : `${name[0].toUpperCase()}${name.slice(1)}Input`;
}

/** The hand-counted territory and its server; `command` runs a mutation, `snapshot` dumps every table. */
export async function createHandFixture() {
  const fixture = await createSubgraphFixture(propertySubgraph, seedHand);
  /** Runs a command (as city admin unless told) and returns its payload, failing on any error. */
  const command = async (name: string, selection: string, input: Record<string, unknown>, viewer: Viewer = cityAdmin) => {
    const result = await fixture.run(viewer, `mutation ($input: ${inputTypeOf(name)}!) { ${name}(input: $input) ${selection} }`, { input });
    if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    return result.data[name];
  };
  /** Every row of every property table (but the audit trail, which records the refusal), to show a refused command changed nothing at all. */
  const snapshot = async () => {
    const knex = fixture.em().getKnex();
    const tables: Record<string, unknown[]> = {};
    for (const entity of withoutAuditTrail(propertyEntities)) {
      const meta = fixture.em().getMetadata().get(entity.name);
      tables[meta.tableName] = await knex(meta.tableName).select('*').orderBy(meta.primaryKeys.map((key) => meta.properties[key].fieldNames[0]));
    }
    return tables;
  };
  return { ...fixture, command, snapshot };
}

export type HandFixture = Awaited<ReturnType<typeof createHandFixture>>;
