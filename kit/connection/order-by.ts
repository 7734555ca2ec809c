import { Field, InputType } from 'type-graphql';
import { SortDirection } from './connection';

/** The `orderBy` input of a list: `{ field: <ENUM>, direction: ASC | DESC }`. */
export interface OrderBy<F extends string> {
  field: F;
  direction: SortDirection;
}

/**
 * Declares `<Type>OrderBy` for a list sorted by one of `fields` (a registered GraphQL enum).
 * @example export const HouseholdOrderBy = OrderByInput('Household', HouseholdOrderField, HouseholdOrderField.ADDRESS);
 */
export function OrderByInput<F extends string>(typeName: string, fields: Record<string, F>, defaultField: F) {
  @InputType(`${typeName}OrderBy`, { description: `Order of a list of ${typeName}` })
  class OrderByType implements OrderBy<F> {
    @Field(_type => fields, { defaultValue: defaultField, description: 'Sort key' })
    field: F = defaultField;

    @Field(_type => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction' })
    direction: SortDirection = SortDirection.ASC;
  }
  return OrderByType;
}

/**
 * Entity properties to sort by for an `orderBy` input; `keys` maps each enum value to one or
 * more properties (an address sorts by unit, floor, room).
 */
export function sortKeys<F extends string>(
  orderBy: OrderBy<F> | null | undefined,
  keys: Record<F, readonly string[]>,
  fallback: F,
): (readonly [string, SortDirection])[] {
  const field = orderBy?.field ?? fallback;
  const direction = orderBy?.direction ?? SortDirection.ASC;
  return keys[field].map((property) => [property, direction] as const);
}
