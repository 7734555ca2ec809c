import 'reflect-metadata';
import pino from 'pino';
import { v4 as uuidv4 } from 'uuid';
import { consumerEntities } from '../kit/events/entities';
import { EventApplier } from '../kit/events/event-applier';
import { createTestDatabase } from '../kit/testing/test-database';
import { TerritoryLevel, TerritoryPlace } from '../kit/territory/territory-copy';
import { territoryCopyConsumer } from '../kit/territory/territory-copy-consumer';
import { placeUpserted } from '../kit/territory/territory-events';

async function main() {
  const db = await createTestDatabase('scratch', [TerritoryPlace, ...consumerEntities]);
  db.orm.config.getLogger().setDebugMode(false);
  const applier = new EventApplier(db.orm, territoryCopyConsumer, pino({ level: 'silent' }));
  await applier.checkpoint();
  const sub = uuidv4();
  const N = 20000;
  const events = Array.from({ length: N }, (_, i) => {
    const e = placeUpserted({ id: uuidv4(), level: TerritoryLevel.RESIDENT, subdistrictId: sub, communityId: sub, compoundId: sub, buildingId: sub, householdId: sub, gridId: sub });
    return { ...e, stream: 'grids', sequence: i + 1, occurredAt: new Date(), requestId: null };
  });
  const t = performance.now();
  for (let i = 0; i < N; i += 1000) await applier.apply(events.slice(i, i + 1000));
  const s = (performance.now() - t) / 1000;
  console.log(`applied ${N} in ${s.toFixed(1)} s: ${Math.round(N / s)}/s`);
  db.queryLog.reset();
  await db.close();
}
main();
