/**
 * Domain events, measured on each transport (README: domain events, figures):
 *  - delay from a grids commit to party's copy: registrations through the gateway one at a time,
 *    from the mutation's answer (grids committed) to party's checkpoint covering it (party committed);
 *  - replay from zero at a scale: grids' outbox holds one territory.place.upserted per place of the
 *    generated territory, party's copy starts empty; first delivery (JetStream: relay publishing as it
 *    goes), then a second consumer replaying the whole stream from zero into an emptied copy.
 * Needs TEST_NATS_URL for JetStream (fresh streams, deleted after). Run (`npm run bench:events -- demo`):
 *   TEST_NATS_URL=nats://127.0.0.1:4222 node -r @swc-node/register bench/events.bench.ts [demo|tiny] [embedded|jetstream] [latency|replay]
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { EntityManager } from '@mikro-orm/knex';
import type { BulkInserter } from '../kit/demo/seed-runner';
import { generateTerritory } from '../kit/demo/territory';
import type { Scale } from '../kit/demo/types';
import { OutboxEvent } from '../kit/events/outbox-event.entity';
import { TerritoryPlace, type PlaceData } from '../kit/territory/territory-copy';
import { territoryCopyConsumer } from '../kit/territory/territory-copy-consumer';
import { placeUpserted } from '../kit/territory/territory-events';
import { seedTerritoryCopy } from '../kit/territory/seed-territory-copy';
import { testNatsUrl } from '../kit/testing/test-nats';
import { subgraphs } from '../schema/subgraphs';
import { registerHousehold } from '../tests/support/domain-event-scenario';
import { startSupergraph, uniqueStreamPrefix, type Supergraph, type TestEvents } from '../tests/support/supergraph';

const LATENCY_SAMPLES = 80;

/** Resolves once party's territory consumer has applied `sequence` (its in-memory status: no SQL while waiting). */
async function appliedThrough(supergraph: Supergraph, sequence: number, consumer = 'territory-copy'): Promise<void> {
  for (;;) {
    const status = supergraph.events('party').status().consumers.find((candidate) => candidate.consumer === consumer);
    if (status && status.sequence >= sequence) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function outboxHead(supergraph: Supergraph): Promise<number> {
  const [last] = await supergraph.em('grids').find(OutboxEvent, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
  return last?.sequence ?? 0;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function latency(events: TestEvents): Promise<string> {
  const supergraph = await startSupergraph({ events });
  // When grids' transactions commit, on its own ORM's clock (the same process: one clock).
  const commits: number[] = [];
  supergraph.em('grids').getEventManager().registerSubscriber({ afterTransactionCommit: async () => void commits.push(performance.timeOrigin + performance.now()) });
  try {
    await registerHousehold(supergraph, '109');
    await appliedThrough(supergraph, await outboxHead(supergraph));
    const samples: number[] = [];
    for (let index = 0; index < LATENCY_SAMPLES; index++) {
      // Each registration writes two events (household and its resident): wait for the second.
      await registerHousehold(supergraph, String(110 + index));
      const [last] = await supergraph.em('grids').find(OutboxEvent, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
      await appliedThrough(supergraph, last.sequence);
      const applied = performance.timeOrigin + performance.now();
      // The first commit after grids recorded the event: the one that made it (and the household) real.
      const committed = commits.find((at) => at >= last.occurredAt.getTime())!;
      samples.push(applied - committed);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    samples.sort((a, b) => a - b);
    return `${events.transport}: grids commit → party's copy committed, ${samples.length} registrations: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, max ${samples.at(-1)!.toFixed(1)} ms`;
  } finally {
    await supergraph.close();
  }
}

async function replay(events: TestEvents, scale: Scale): Promise<string[]> {
  const territory = generateTerritory(scale);
  let total = 0;
  // grids: only its outbox, one event per place (what registering every place by command would leave).
  const outboxSeed = async (em: EntityManager) => {
    const rows: PlaceData[] = [];
    await seedTerritoryCopy({ add: async (_entity: unknown, row: PlaceData) => void rows.push(row) } as unknown as BulkInserter, territory);
    const occurredAt = new Date();
    for (let start = 0; start < rows.length; start += 500) {
      await em.insertMany(OutboxEvent, rows.slice(start, start + 500).map((place, index) => {
        const event = placeUpserted(place);
        return { sequence: start + index + 1, type: event.type, aggregateId: event.aggregateId, payload: JSON.stringify(event.payload), occurredAt, requestId: null, publishedAt: null };
      }));
    }
    total = rows.length;
  };
  const entries = subgraphs.map((entry) => ({ ...entry, seed: entry.name === 'grids' ? outboxSeed : async () => undefined }));
  const started = performance.now();
  const supergraph = await startSupergraph({ subgraphs: entries, events });
  const lines: string[] = [];
  try {
    const startedEvents = performance.now();
    await appliedThrough(supergraph, total);
    const first = (performance.now() - startedEvents) / 1000;
    lines.push(`${events.transport}: first delivery of ${total} events (${scale})${events.transport === 'jetstream' ? ', relay publishing meanwhile' : ''}: ${first.toFixed(1)} s, ${Math.round(total / first)} events/s (harness start ${((startedEvents - started) / 1000).toFixed(1)} s)`);

    await supergraph.em('party').nativeDelete(TerritoryPlace, {});
    const replayStarted = performance.now();
    await supergraph.restartEvents('party', [{ ...territoryCopyConsumer, name: 'territory-copy-replay' }]);
    await appliedThrough(supergraph, total, 'territory-copy-replay');
    const seconds = (performance.now() - replayStarted) / 1000;
    const copied = await supergraph.em('party').count(TerritoryPlace);
    lines.push(`${events.transport}: replay from zero into an empty copy: ${total} events in ${seconds.toFixed(1)} s, ${Math.round(total / seconds)} events/s; copy holds ${copied} places`);
  } finally {
    await supergraph.close();
  }
  return lines;
}

async function main(): Promise<void> {
  const scale = (process.argv[2] ?? 'demo') as Scale;
  const only = process.argv[3];
  const natsUrl = testNatsUrl();
  const prefix = uniqueStreamPrefix('bench');
  const transports: TestEvents[] = [{ transport: 'embedded', pageSize: 1000 }];
  if (natsUrl) transports.push({ transport: 'jetstream', servers: natsUrl, prefix, batchSize: 500 });
  else console.log('TEST_NATS_URL unset: JetStream not measured');
  try {
    for (const events of transports.filter((candidate) => !only || candidate.transport === only)) {
      const prefixed = events.transport === 'jetstream' ? { ...events, prefix: `${prefix}_latency` } : events;
      if (process.argv[4] !== 'replay') console.log(await latency(prefixed));
      if (process.argv[4] === 'latency') continue;
      const replayed = events.transport === 'jetstream' ? { ...events, prefix: `${prefix}_replay` } : events;
      for (const line of await replay(replayed, scale)) console.log(line);
    }
  } finally {
    if (natsUrl) {
      const nc = await connect({ servers: natsUrl.split(',') });
      const jsm = await jetstreamManager(nc);
      for await (const name of jsm.streams.names()) if (name.startsWith(prefix)) await jsm.streams.delete(name);
      await nc.close();
    }
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
