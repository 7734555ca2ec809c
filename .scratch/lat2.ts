import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { OutboxEvent } from '../kit/events/outbox-event.entity';
import { territoryCopyConsumer } from '../kit/territory/territory-copy-consumer';
import { registerHousehold } from '../tests/support/domain-event-scenario';
import { startSupergraph, uniqueStreamPrefix } from '../tests/support/supergraph';

const now = () => performance.timeOrigin + performance.now();
async function main() {
  const sg = await startSupergraph({ events: { transport: process.argv[2] as any, servers: 'nats://127.0.0.1:4222', prefix: uniqueStreamPrefix('scratch') } as any });
  const handled = new Map<number, number>();
  const commits: number[] = [];
  sg.em('grids').getEventManager().registerSubscriber({ afterTransactionCommit: async () => { commits.push(now()); } });
  const partyCommits: number[] = [];
  sg.em('party').getEventManager().registerSubscriber({ afterTransactionCommit: async () => { partyCommits.push(now()); } });
  await sg.restartEvents('party', [{ ...territoryCopyConsumer, handle: async (tx, events) => { for (const e of events) handled.set(e.sequence, now()); await territoryCopyConsumer.handle(tx, events); } }]);
  for (let i = 0; i < 20; i++) {
    await registerHousehold(sg, String(110 + i));
    const [last] = await sg.em('grids').find(OutboxEvent, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
    for (;;) { const s = sg.events('party').status().consumers[0]; if (s.sequence >= last.sequence) break; await new Promise((r) => setImmediate(r)); }
    const applied = now();
    const c = commits.find((t) => t >= last.occurredAt.getTime())!;
    const pc = partyCommits.find((t) => t >= handled.get(last.sequence)!)!;
    console.log(`commit→handled ${(handled.get(last.sequence)! - c).toFixed(0)}  handled→party commit ${(pc - handled.get(last.sequence)!).toFixed(0)}  →status ${(applied - pc).toFixed(0)}  published ${(last.publishedAt ? 0 : -1)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await sg.close();
}
main().then(() => process.exit(0));
