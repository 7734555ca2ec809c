import './flat-exports';
import { createRequire } from 'node:module';

const load = createRequire(__filename);

/** The executor's helpers: read as plain values, and still the very functions the package defines. */
describe('flat exports of @apollo/federation-internals', () => {
  const exports = load('@apollo/federation-internals') as Record<string, unknown>;
  const utils = load('@apollo/federation-internals/dist/utils') as Record<string, unknown>;
  const definitions = load('@apollo/federation-internals/dist/definitions') as Record<string, unknown>;

  test('no export is a getter', () => {
    const getters = Object.entries(Object.getOwnPropertyDescriptors(exports)).filter(([, descriptor]) => descriptor.get);
    expect(getters.map(([name]) => name)).toEqual([]);
  });

  test('the values are the modules’ own, and the package still reads as an ES module', () => {
    expect(exports.assert).toBe(utils.assert);
    expect(exports.isNonNullType).toBe(definitions.isNonNullType);
    expect(exports.__esModule).toBe(true);
  });

  test('@apollo/gateway loads over them', () => {
    expect(typeof (load('@apollo/gateway') as { ApolloGateway: unknown }).ApolloGateway).toBe('function');
  });
});
