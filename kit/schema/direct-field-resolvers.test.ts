import { Max } from 'class-validator';
import { execute, graphql, parse, type GraphQLSchema } from 'graphql';
import { Args, ArgsType, Authorized, buildSchema, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { validateInput } from '../validation/validate-input';
import { directFieldResolvers } from './direct-field-resolvers';

/**
 * A direct field resolver must do what type-graphql's did, synchronously: the parent as an instance
 * of the parameter's class, roles checked with the same errors, arguments converted to their class
 * and validated, then shared by every parent of the same field node in one execution.
 */
@ObjectType()
class Room {
  @Field()
  number!: string;

  get floor(): number {
    return Math.floor(Number(this.number) / 100);
  }
}

@ArgsType()
class NeighboursArgs {
  @Field(_type => Int)
  @Max(10)
  first!: number;
}

const seenArgs: NeighboursArgs[] = [];

@Resolver(_of => Room)
class RoomResolver {
  @Query(_returns => [Room])
  rooms(): Room[] {
    // Plain objects, as an entity reference or a row would arrive.
    return [{ number: '101' }, { number: '204' }, { number: '305' }] as Room[];
  }

  @FieldResolver(_returns => Int)
  floor(@Root() room: Room): number {
    return room.floor;
  }

  @Authorized([Role.CITY_ADMIN])
  @FieldResolver(_returns => Int, { nullable: true })
  neighbours(@Root() room: Room, @Args() args: NeighboursArgs, @Ctx() _context: unknown): number {
    seenArgs.push(args);
    return Math.min(args.first, Number(room.number.slice(1)));
  }
}

const admin: Viewer = { id: 'admin', roles: [Role.CITY_ADMIN], scope: new Set() };
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildSchema({ resolvers: [RoomResolver], authChecker, validateFn: validateInput });
  const direct = directFieldResolvers();
  const fields = schema.getTypeMap().Room as unknown as { getFields(): Record<string, { resolve?: unknown }> };
  for (const name of ['floor', 'neighbours']) fields.getFields()[name].resolve = direct.get(`Room.${name}`);
});
beforeEach(() => {
  seenArgs.length = 0;
});

const run = (source: string, viewer: Viewer | null, variableValues?: Record<string, unknown>) =>
  graphql({ schema, source, contextValue: { viewer }, variableValues });

test('answers from a plain parent made an instance of its class, and without a promise', async () => {
  const direct = directFieldResolvers();
  expect(direct.has('Room.floor') && direct.has('Room.neighbours')).toBe(true);
  expect(direct.get('Room.floor')!({ number: '101' }, {}, { viewer: admin }, {} as never)).toBe(1);
  expect(await run('{ rooms { number floor } }', admin)).toEqual({ data: { rooms: [{ number: '101', floor: 1 }, { number: '204', floor: 2 }, { number: '305', floor: 3 }] } });
});

test('checks roles with the same errors: none is UNAUTHENTICATED, another role FORBIDDEN', async () => {
  const anonymous = await run('{ rooms { neighbours(first: 2) } }', null);
  expect(anonymous.errors?.map(error => error.extensions.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  const worker = await run('{ rooms { neighbours(first: 2) } }', { ...admin, roles: [Role.GRID_WORKER] });
  expect(worker.errors?.map(error => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  expect(seenArgs).toEqual([]);
});

test('converts and validates the arguments once per execution and field node, shared by every parent', async () => {
  const result = await run('query ($first: Int!) { rooms { neighbours(first: $first) } again: rooms { neighbours(first: 1) } }', admin, { first: 3 });
  expect(result).toEqual({ data: { rooms: [{ neighbours: 1 }, { neighbours: 3 }, { neighbours: 3 }], again: [{ neighbours: 1 }, { neighbours: 1 }, { neighbours: 1 }] } });
  expect(seenArgs.every(args => args instanceof NeighboursArgs)).toBe(true);
  // Two field nodes, three parents each: two argument objects.
  expect(new Set(seenArgs).size).toBe(2);
  await run('{ rooms { neighbours(first: 3) } }', admin);
  expect(new Set(seenArgs).size).toBe(3);
});

test('keeps apart two executions of one parsed document with one context and other variables', async () => {
  const document = parse('query ($first: Int!) { rooms { neighbours(first: $first) } }');
  const contextValue = { viewer: admin };
  const first = await execute({ schema, document, contextValue, variableValues: { first: 1 } });
  const second = await execute({ schema, document, contextValue, variableValues: { first: 2 } });
  expect(first.data).toEqual({ rooms: [{ neighbours: 1 }, { neighbours: 1 }, { neighbours: 1 }] });
  expect(second.data).toEqual({ rooms: [{ neighbours: 1 }, { neighbours: 2 }, { neighbours: 2 }] });
});

test('refuses a broken argument with BAD_USER_INPUT naming it, at every parent', async () => {
  const result = await run('{ rooms { neighbours(first: 11) } }', admin);
  expect(result.errors?.map(error => [error.message, error.path?.join('.'), error.extensions.code, error.extensions.field])).toEqual([
    ['first must not be greater than 10', 'rooms.0.neighbours', 'BAD_USER_INPUT', 'first'],
    ['first must not be greater than 10', 'rooms.1.neighbours', 'BAD_USER_INPUT', 'first'],
    ['first must not be greater than 10', 'rooms.2.neighbours', 'BAD_USER_INPUT', 'first'],
  ]);
  expect(seenArgs).toEqual([]);
});
