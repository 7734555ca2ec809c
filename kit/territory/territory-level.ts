/** Levels of the territorial tree a service subgraph keeps a copy of, parents first (the order of the grids export). */
export enum TerritoryLevel {
  SUBDISTRICT = 'SUBDISTRICT',
  COMMUNITY = 'COMMUNITY',
  COMPOUND = 'COMPOUND',
  BUILDING = 'BUILDING',
  HOUSEHOLD = 'HOUSEHOLD',
  RESIDENT = 'RESIDENT',
}
