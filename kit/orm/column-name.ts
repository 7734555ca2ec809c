import type { EntityClass, EntityManager } from '@mikro-orm/core';

/** The database column of an entity's property, from MikroORM's metadata (its naming strategy), for SQL written with knex. */
export function columnOf<T extends object>(em: EntityManager, entity: EntityClass<T>, property: keyof T & string): string {
  const meta = em.getMetadata().get(entity.name).properties[property as never];
  if (!meta) throw new Error(`${entity.name} has no property ${property}`);
  return meta.fieldNames[0];
}

/** The database table of an entity, from MikroORM's metadata. */
export function tableOf(em: EntityManager, entity: EntityClass<object>): string {
  return em.getMetadata().get(entity.name).tableName;
}
