import { getMetadataStorage, registerDecorator } from 'class-validator';
import '../subgraphs/elderly/server';
import '../subgraphs/grids/server';
import '../subgraphs/mediation/server';
import '../subgraphs/party/server';
import '../subgraphs/property/server';

/**
 * Arguments are validated with class-validator's `validateSync` (`argumentViolation`), which skips
 * a rule declared async (and a rule whose check returns a promise): every rule on every input and
 * args class of the five subgraphs must be synchronous, or it would let anything through.
 */
type Storage = ReturnType<typeof getMetadataStorage>;

function asyncRules(storage: Storage): string[] {
  // The rules by class are private to class-validator's storage; its constraints by class are public.
  const { validationMetadatas } = storage as unknown as { validationMetadatas: Map<{ name: string }, { propertyName: string; constraintCls?: object }[]> };
  return [...validationMetadatas].flatMap(([target, rules]) =>
    rules
      .filter(({ constraintCls }) => constraintCls && storage.getTargetValidatorConstraints(constraintCls as never).some((constraint) => constraint.async))
      .map(({ propertyName }) => `${target.name}.${propertyName}`),
  );
}

test('every validation rule of the subgraphs is synchronous', () => {
  expect(asyncRules(getMetadataStorage())).toEqual([]);
});

test('an async rule would be found', () => {
  class Probe {
    value?: string;
  }
  registerDecorator({ name: 'isRemotelyKnown', target: Probe, propertyName: 'value', async: true, validator: { validate: async () => true } });
  expect(asyncRules(getMetadataStorage())).toEqual(['Probe.value']);
});
