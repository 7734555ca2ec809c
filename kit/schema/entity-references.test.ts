import 'reflect-metadata';
import DataLoader from 'dataloader';
import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { BaseContext } from '../context';
import { viewerWith } from '../testing/viewers';
import { buildFederatedSchema, type ReferenceResolvers } from './federated-schema';
import { ownedReference } from './entity-references';

@ObjectType({ description: 'A thing with a place' })
@Directive('@key(fields: "id")')
class Parcel {
  @Field(_type => ID)
  id!: string;

  communityId!: string;
  subdistrictId!: string;
}

@Resolver()
class ParcelResolver {
  @Query(_returns => Parcel, { nullable: true })
  parcel(): Parcel | null {
    return null;
  }
}

const build = (referenceResolvers: ReferenceResolvers) => buildFederatedSchema({ resolvers: [ParcelResolver], referenceResolvers });

test('an entity without a reference resolver is refused when the schema is built', async () => {
  await expect(build({})).rejects.toThrow('Parcel has a @key but no reference');
});

test('a hand-written __resolveReference is refused: only kit-made, access-checked ones are accepted', async () => {
  const unchecked = { Parcel: { __resolveReference: (reference: { id: string }) => reference } } as unknown as ReferenceResolvers;
  await expect(build(unchecked)).rejects.toThrow('Parcel has a @key but no reference');
});

test('ownedReference answers only viewers whose role and scope reach the row', async () => {
  const row = { id: 'p1', communityId: 'c1', subdistrictId: 's1' };
  const reference = ownedReference(() => new DataLoader<string, typeof row | null>(async (ids) => ids.map((id) => (id === row.id ? row : null))), {
    roles: [Role.COMMUNITY_STAFF],
    place: (parcel) => parcel,
  });
  const context = (viewer: ReturnType<typeof viewerWith>) => ({ viewer }) as unknown as BaseContext;
  expect(await reference.__resolveReference({ id: 'p1' }, context(viewerWith([Role.COMMUNITY_STAFF], ['c1'])))).toBe(row);
  expect(await reference.__resolveReference({ id: 'p1' }, context(viewerWith([Role.COMMUNITY_STAFF], ['c2'])))).toBeNull();
  expect(await reference.__resolveReference({ id: 'p1' }, context(viewerWith([Role.BI_ANALYST])))).toBeNull();
  await expect(build({ Parcel: reference })).resolves.toHaveProperty('sdl');
});
