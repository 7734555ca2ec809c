import { parse, print, visit, type FieldDefinitionNode } from 'graphql';
import { checkContract, committedContract, describeReport, type IntendedBreak } from './contract';

/** Removes `Type.field` from an SDL. */
function withoutField(sdl: string, typeName: string, field: string): string {
  let inType = false;
  return print(
    visit(parse(sdl), {
      ObjectTypeDefinition: { enter: node => void (inType = node.name.value === typeName), leave: () => void (inType = false) },
      FieldDefinition: (node: FieldDefinitionNode) => (inType && node.name.value === field ? null : undefined),
    }),
  );
}

/** Marks `Type.field` deprecated in an SDL. */
function deprecating(sdl: string, typeName: string, field: string): string {
  return sdl.replace(new RegExp(`(type ${typeName} [^{]*\\{[\\s\\S]*?\\n  ${field}(\\([^)]*\\))?: [^\\n]*)`), `$1 @deprecated(reason: "use something else")`);
}

describe('the schema contract (schema/api.graphql against schema/released/api.graphql)', () => {
  const { released, current, intended } = committedContract();

  it('holds for the committed schema', async () => {
    expect(describeReport(await checkContract(released, current, intended))).toEqual([]);
  });

  it('fails on a deliberately broken schema: a field removed, a type narrowed, a required input added', async () => {
    let broken = withoutField(current, 'Compound', 'buildings');
    broken = broken.replace(/(type Household \{[\s\S]*?\n\s*address: )String!/, '$1Int!');
    broken = broken.replace('input GridEventWhere {', 'input GridEventWhere {\n  mandatory: Int!');
    const report = await checkContract(released, broken, intended);
    expect(report.unintended.map(change => `${change.type} ${change.path}`).sort()).toEqual([
      'FIELD_REMOVED Compound.buildings',
      'FIELD_TYPE_CHANGED Household.address',
      'INPUT_FIELD_ADDED GridEventWhere.mandatory',
    ]);
  });

  it('lets an additive change through', async () => {
    const added = current.replace('type Compound {', 'type Compound {\n  """A new field"""\n  nickname: String');
    expect(describeReport(await checkContract(released, added, intended))).toEqual([]);
  });

  it('accepts a listed removal only of a field the release had deprecated', async () => {
    const removal: IntendedBreak = { type: 'FIELD_REMOVED', path: 'Compound.buildings', reason: 'test' };
    const next = withoutField(current, 'Compound', 'buildings');
    const notDeprecated = await checkContract(released, next, [...intended, removal]);
    expect(notDeprecated.unintended).toEqual([]);
    expect(notDeprecated.undeprecatedRemovals.map(change => change.path)).toEqual(['Compound.buildings']);

    const releasedDeprecated = deprecating(released, 'Compound', 'buildings');
    expect(releasedDeprecated).not.toBe(released);
    expect(describeReport(await checkContract(releasedDeprecated, next, [...intended, removal]))).toEqual([]);
  });

  it('reports a listed break that no change matches', async () => {
    const stale: IntendedBreak = { type: 'FIELD_REMOVED', path: 'Compound.nothing', reason: 'test' };
    expect((await checkContract(released, current, [stale])).unmatched).toEqual([stale]);
  });
});
