import 'reflect-metadata';
import { OutboxEvent } from '../kit/events/outbox-event.entity';
import { territoryCopyConsumer } from '../kit/territory/territory-copy-consumer';
import { registerHousehold } from '../tests/support/domain-event-scenario';
import { startSupergraph, uniqueStreamPrefix } from '../tests/support/supergraph';

async function main() {
  const sg = await startSupergraph({ events: { transport: 'jetstream', servers: 'nats://127.0.0.1:4222', prefix: uniqueStreamPrefix('scratch') } });
  const seen = new Map<number, number>();
  const commits: number[] = [];
  sg.em('grids').getEventManager().registerSubscriber({ afterTransactionCommit: async () => { commits.push(Date.now()); } });
  await sg.restartEvents('party', [{ ...territoryCopyConsumer, handle: async (tx, events) => { for (const e of events) seen.set(e.sequence, Date.now()); await territoryCopyConsumer.handle(tx, events); } }]);
  for (let i = 0; i < 140; i++) {
    await registerHousehold(sg, String(i < 85 ? 110 + i : 209 + i - 85));
    const rows = await sg.em('grids').find(OutboxEvent, {}, { orderBy: { sequence: 'desc' }, limit: 2 });
    for (;;) { if (seen.has(rows[0].sequence)) break; await new Promise((r) => setTimeout(r, 1)); }
    const pubs = await sg.em('grids').find(OutboxEvent, {}, { orderBy: { sequence: 'desc' }, limit: 2 });
    const c = commits.filter((t) => t >= pubs[0].occurredAt.getTime()).map((t) => t - pubs[0].occurredAt.getTime());
    console.log(`commit +${c.join(',')}`, pubs.map((r) => `#${r.sequence} published +${r.publishedAt!.getTime() - r.occurredAt.getTime()} handled +${seen.get(r.sequence)! - r.occurredAt.getTime()}`).join('  '));
    await new Promise((r) => setTimeout(r, 20));
  }
  await sg.close();
}
main().then(() => process.exit(0));
