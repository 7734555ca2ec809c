import { parse } from 'graphql';
import { MAX_MERGED_LENGTH, mergeGroups, mergeOperations, mergeVariables, splitResponse } from './merged-operation';

const HOUSEHOLDS = 'query Page__party__2($representations:[_Any!]!,$reason:RevealReason){_entities(representations:$representations){...M}} fragment M on Household{partyMembers{name(reveal:$reason)}}';
const BUILDINGS = 'query Page__party__1($representations:[_Any!]!){_entities(representations:$representations){...M}} fragment M on Building{partyGroup{id}}';

describe('mergeOperations', () => {
  it('keeps two parts’ variables and fragments of the same name apart', () => {
    const merged = mergeOperations([HOUSEHOLDS, BUILDINGS]);
    const document = parse(merged.query);
    expect(document.definitions.map(definition => ('name' in definition ? definition.name?.value : undefined))).toEqual(['Page__party__2__merged_2', '_0_M', '_1_M']);
    expect(merged.query).toContain('_0__entities: _entities(representations: $_0_representations)');
    expect(merged.query).toContain('_1__entities: _entities(representations: $_1_representations)');
    expect(merged.query).toContain('name(reveal: $_0_reason)');
    expect(mergeVariables(merged, [{ representations: ['h'], reason: 'ELDER_CARE' }, { representations: ['b'] }])).toEqual({
      _0_representations: ['h'],
      _0_reason: 'ELDER_CARE',
      _1_representations: ['b'],
    });
  });
});

describe('mergeGroups', () => {
  it('sends a mutation, or a part that would make the document too long, on its own', () => {
    const mutation = 'mutation { reportGridEvent(input: {}) { id } }';
    const long = `query Long__party__3($representations:[_Any!]!){_entities(representations:$representations){... on Household{${'id '.repeat(MAX_MERGED_LENGTH / 3)}}}}`;
    expect(mergeGroups([HOUSEHOLDS, mutation, BUILDINGS]).map(group => [group.parts, group.merged !== undefined])).toEqual([
      [[0], false],
      [[1], false],
      [[2], false],
    ]);
    expect(mergeGroups([HOUSEHOLDS, BUILDINGS, long]).map(group => [group.parts, group.merged !== undefined])).toEqual([
      [[0, 1], true],
      [[2], false],
    ]);
  });
});

describe('splitResponse', () => {
  const merged = mergeOperations([HOUSEHOLDS, BUILDINGS]);

  it('gives each part its own root fields and the errors under them, with their own path', () => {
    const parts = splitResponse(merged, {
      data: { _0__entities: [{ partyMembers: null }], _1__entities: [{ partyGroup: { id: 'g' } }] },
      errors: [{ message: 'Forbidden', path: ['_0__entities', 0, 'partyMembers'], extensions: { code: 'FORBIDDEN' } }],
    });
    expect(parts).toEqual([
      { data: { _entities: [{ partyMembers: null }] }, errors: [{ message: 'Forbidden', path: ['_entities', 0, 'partyMembers'], extensions: { code: 'FORBIDDEN' } }] },
      { data: { _entities: [{ partyGroup: { id: 'g' } }] } },
    ]);
  });

  it('gives an error without a path, and a null answer, to every part', () => {
    const refused = { message: 'Query is too costly', extensions: { code: 'BAD_USER_INPUT' } };
    expect(splitResponse(merged, { data: null, errors: [refused] })).toEqual([
      { data: null, errors: [refused] },
      { data: null, errors: [refused] },
    ]);
  });
});
