export { generateTerritory } from './territory';
export { demoId, DEMO_NAMESPACE } from './ids';
export { REFERENCE_DATE } from './people';
export { createPrng, prngFor, type Prng } from './prng';
export { SCALES, type ScalePreset } from './scale';
export type {
  Scale,
  DemoDistrict,
  DemoSubdistrict,
  DemoCommunity,
  DemoCompound,
  DemoGrid,
  DemoBuilding,
  DemoHousehold,
  DemoResident,
  DemoGridWorker,
  DemoTerritory,
} from './types';
