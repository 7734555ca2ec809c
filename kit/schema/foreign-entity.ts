import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The descriptions of the entities grids owns, kept once: grids' entities and every other
 * subgraph's key-only view of them use these, so composition has one text per type.
 */
export const GRIDS_ENTITY_DESCRIPTION = {
  District: 'District or county (区 / 县)',
  Subdistrict: 'Subdistrict or township (街道 / 乡镇): the level of the judicial office and 综治办',
  Community: 'Community or village (社区 / 村)',
  Compound: 'Residential compound (小区); every compound is coded (全部编码管理)',
  Building: 'Building (楼栋), the smallest governance unit (最小单元)',
  Household: 'Household (户), addressed as building-unit-room, e.g. 48-2-604',
  Resident: 'Resident (居民); personal fields are masked unless your role and scope allow them',
  Grid: 'Grid (网格): the patrol area of its grid workers',
  GridEvent: 'Grid event (网格事件): a problem reported, handled and fed back on in a grid',
} as const;

export type GridsEntityName = keyof typeof GRIDS_ENTITY_DESCRIPTION;

/** A reference to an entity another subgraph owns: its key, for the gateway to resolve there. */
export interface EntityKey {
  id: string;
}

/**
 * Another subgraph's entity as this one sees it: only its key. This subgraph contributes fields to
 * it (resolvers on the class) or points at it (`ref(id)`). `resolvable: false` when this subgraph
 * only points at it and adds nothing. Called once per subgraph: each subgraph's schema gets its own
 * class.
 */
export function foreignEntity(name: GridsEntityName, options: { resolvable?: boolean } = {}) {
  @ObjectType(name, { description: GRIDS_ENTITY_DESCRIPTION[name] })
  @Directive(options.resolvable === false ? '@key(fields: "id", resolvable: false)' : '@key(fields: "id")')
  class ForeignEntity implements EntityKey {
    @Field(_type => ID)
    id!: string;

    static ref(id: string): ForeignEntity;
    static ref(id: string | null): ForeignEntity | null;
    static ref(id: string | null): ForeignEntity | null {
      return id === null ? null : { id };
    }
  }
  return ForeignEntity;
}
