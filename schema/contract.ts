import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { projectRoot } from '../kit/project-root';

/** The last released client schema: what clients built against. */
export const RELEASED_API = join('schema', 'released', 'api.graphql');
/** Breaking changes made on purpose since the release, each with its reason. */
export const INTENDED_BREAKS = join('schema', 'intended-breaks.json');

export interface IntendedBreak {
  /** graphql-inspector's change type, e.g. `FIELD_REMOVED`. */
  readonly type: string;
  /** The schema coordinate it changes, e.g. `Community.population`. */
  readonly path: string;
  /** Why, for the CHANGELOG and the teams who must adapt. */
  readonly reason: string;
}

export interface ContractReport {
  /** Breaking changes nobody listed as intended: each fails the check. */
  readonly unintended: readonly Change[];
  /** Listed removals of a field the released schema had not deprecated: removals go through `@deprecated(reason: …)` first. */
  readonly undeprecatedRemovals: readonly Change[];
  /** Listed breaks no change matches: stale entries (cleared at the next release). */
  readonly unmatched: readonly IntendedBreak[];
}

const REMOVALS = new Set(['FIELD_REMOVED', 'INPUT_FIELD_REMOVED', 'ENUM_VALUE_REMOVED']);

/** Whether the released schema marked `Type.member` (a field, input field or enum value) deprecated. */
function wasDeprecated(released: GraphQLSchema, path: string): boolean {
  const [typeName, member] = path.split('.');
  const type = released.getType(typeName);
  if (!type || !member) return false;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) return !!type.getFields()[member]?.deprecationReason;
  if ('getValue' in type) return !!type.getValue(member)?.deprecationReason;
  return false;
}

/**
 * Compares the client schema with the released one (`@graphql-inspector/core`): every breaking
 * change must be listed as intended, and a listed removal must have been deprecated in the release.
 */
export async function checkContract(releasedSdl: string, currentSdl: string, intended: readonly IntendedBreak[]): Promise<ContractReport> {
  const released = buildSchema(releasedSdl);
  const changes = await diff(released, buildSchema(currentSdl));
  const breaking = changes.filter(change => change.criticality.level === CriticalityLevel.Breaking);
  const listed = (change: Change) => intended.some(entry => entry.type === change.type && entry.path === change.path);
  return {
    unintended: breaking.filter(change => !listed(change)),
    undeprecatedRemovals: breaking.filter(change => listed(change) && REMOVALS.has(change.type) && !wasDeprecated(released, change.path ?? '')),
    unmatched: intended.filter(entry => !breaking.some(change => change.type === entry.type && change.path === entry.path)),
  };
}

/** The committed files: released schema, current schema, intended breaks. */
export function committedContract(root: string = projectRoot()): { released: string; current: string; intended: IntendedBreak[] } {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  return { released: read(RELEASED_API), current: read(join('schema', 'api.graphql')), intended: JSON.parse(read(INTENDED_BREAKS)) };
}

/** One line per problem, for a failing test or the release script. */
export function describeReport(report: ContractReport): string[] {
  return [
    ...report.unintended.map(change => `breaking, not listed in ${INTENDED_BREAKS}: ${change.type} ${change.path} — ${change.message}`),
    ...report.undeprecatedRemovals.map(change => `removed without @deprecated in the released schema first: ${change.path}`),
    ...report.unmatched.map(entry => `listed in ${INTENDED_BREAKS} but no such change: ${entry.type} ${entry.path}`),
  ];
}
