import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** Page size of the export. A machine reading ~3M rows: 100 a page would be 30,000 round trips. */
export const DEFAULT_TERRITORY_PAGE = 500;

export const MAX_TERRITORY_PAGE = 1000;

@ArgsType()
export class TerritoryPlacesArgs {
  @Field(_type => Int, {
    defaultValue: DEFAULT_TERRITORY_PAGE,
    description: `Page size, 1–${MAX_TERRITORY_PAGE}: above the usual 100 because only machine callers read this list, and they read all of it`,
  })
  @Min(1)
  @Max(MAX_TERRITORY_PAGE)
  first: number = DEFAULT_TERRITORY_PAGE;

  @Field(_type => String, { nullable: true, description: 'Cursor after which the page starts (a keyset cursor: constant cost at any depth)' })
  after?: string | null;
}
