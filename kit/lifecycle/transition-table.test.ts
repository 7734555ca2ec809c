import { ConflictError } from '../errors';
import { TransitionTable, type Transition } from './transition-table';

type Light = 'RED' | 'GREEN';
type Press = 'GO' | 'STOP';
const LIGHT = new TransitionTable<Light, Press, Transition<Light, Press>>('a light', 'colour', [
  { from: 'RED', command: 'GO', to: 'GREEN' },
  { from: 'GREEN', command: 'STOP', to: 'RED' },
]);

test('a listed pair leads to its next state', () => {
  expect(LIGHT.require('RED', 'GO').to).toBe('GREEN');
  expect(LIGHT.find('GREEN', 'STOP')?.to).toBe('RED');
});

test('a pair the table does not list is CONFLICT naming the state and the command', () => {
  expect(LIGHT.find('RED', 'STOP')).toBeUndefined();
  expect(() => LIGHT.require('RED', 'STOP')).toThrow(new ConflictError('Cannot STOP a light in colour RED'));
});

test('the rules of some commands', () => {
  expect(LIGHT.of(['STOP'])).toEqual([{ from: 'GREEN', command: 'STOP', to: 'RED' }]);
});
