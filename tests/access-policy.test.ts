import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { Reach, rolesOf, type AccessRule } from '../kit/auth/policy';
import { policyGaps } from '../kit/auth/policy-table';
import { Role } from '../kit/auth/role';
import { subgraphs } from '../schema/subgraphs';

/**
 * The policy tables (each subgraph's policy.ts, rendered in docs/access-policy.md) against what the
 * code declares, and against the rules of the whole policy that no table may break. The running
 * code is held to them by tests/authorisation-matrix.test.ts.
 */
const sdl: Record<string, string> = {};
beforeAll(async () => {
  for (const { name, definition } of subgraphs) sdl[name] = (await definition.buildSchema()).sdl;
});

const rulesOf = (policy: (typeof subgraphs)[number]['policy']) =>
  Object.entries({ ...policy.query, ...policy.mutation, ...policy.entities }) as [string, AccessRule][];

test('every Query field, Mutation and owned entity type of every subgraph has exactly one rule', () => {
  const gaps = subgraphs.flatMap(({ name, policy }) => policyGaps({ name, policy, sdl: sdl[name] }));
  expect(gaps).toEqual([]);
});

test("a rule names the same roles as the resolver's @Authorized, where that lists roles", () => {
  const storage = getMetadataStorage();
  const gates = new Map(storage.authorizedFields.map(gate => [`${gate.target.name}.${gate.fieldName}`, gate.roles as Role[]]));
  const disagreements: string[] = [];
  for (const { policy } of subgraphs) {
    for (const [kind, handlers] of [
      ['query', storage.queries],
      ['mutation', storage.mutations],
    ] as const) {
      for (const handler of handlers) {
        const rule = policy[kind][handler.schemaName];
        const gate = gates.get(`${handler.target.name}.${handler.methodName}`);
        if (!rule || !gate || gate.length === 0) continue;
        if ([...gate].sort().join() !== [...rule.roles].sort().join())
          disagreements.push(`${handler.schemaName}: @Authorized ${gate.join(',')} but policy ${rule.roles.join(',')}`);
      }
    }
  }
  expect(disagreements).toEqual([]);
});

test('a BI analyst reaches no rows of people: every operation open to BI is a public catalogue', () => {
  const open = subgraphs.flatMap(({ name, policy }) =>
    rulesOf(policy)
      .filter(([, rule]) => rolesOf(rule).includes(Role.BI_ANALYST) && rule.reach !== Reach.PUBLIC)
      .map(([op]) => `${name}.${op}`),
  );
  expect(open).toEqual([]);
});

test('a partner agency reaches public catalogues and its registered operations only, and every registered one is open to it', () => {
  const unregistered = subgraphs.flatMap(({ name, policy }) =>
    rulesOf(policy)
      .filter(([op, rule]) => rolesOf(rule).includes(Role.PARTNER_AGENCY) && rule.reach !== Reach.PUBLIC && !policy.partnerOperations.includes(op))
      .map(([op]) => `${name}.${op}`),
  );
  expect(unregistered).toEqual([]);
  const closed = subgraphs.flatMap(({ name, policy }) =>
    policy.partnerOperations
      .filter(op => !rulesOf(policy).some(([ruled, rule]) => ruled === op && rolesOf(rule).includes(Role.PARTNER_AGENCY)))
      .map(op => `${name}.${op}`),
  );
  expect(closed).toEqual([]);
});
