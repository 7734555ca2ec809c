import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { EventCheckpoint } from '../kit/events/event-checkpoint.entity';
import { jetstreamNames } from '../kit/events/jetstream-transport';
import { OutboxEvent } from '../kit/events/outbox-event.entity';
import { TerritoryPlace } from '../kit/territory/territory-copy';
import { testNatsUrl } from '../kit/testing/test-nats';
import {
  gridsHead, householdThenPartyMember, partyCaughtUp, poisonParkedStreamFlows, range, recordingTerritoryConsumer, registerHousehold, stoppedMidStreamThenRestarted,
} from './support/domain-event-scenario';
import { eventually } from './support/eventually';
import { startSupergraph, uniqueStreamPrefix, type Supergraph } from './support/supergraph';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';

/**
 * Domain events on NATS JetStream (NATS_URL set: the production path): grids' relay publishes its
 * outbox to its stream, party's durable pull consumer applies it. Runs when TEST_NATS_URL names a
 * NATS server with JetStream (`.ci/run` sets it); the streams are fresh per run and deleted after.
 * NATS is reached through a TCP proxy the tests can cut, to take NATS away from this federation only.
 */
const natsUrl = testNatsUrl();
const describeWithNats = natsUrl ? describe : describe.skip;

describeWithNats('domain events on NATS JetStream', () => {
  const prefix = uniqueStreamPrefix('events');
  let proxy: TcpProxy;
  let supergraph: Supergraph;

  beforeAll(async () => {
    const target = new URL(natsUrl!.split(',')[0]);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 4222) });
    supergraph = await startSupergraph({
      events: { transport: 'jetstream', servers: `nats://127.0.0.1:${proxy.port}`, prefix, batchSize: 3, ackWaitMs: 1_000, applier: { maxAttempts: 2, retryDelayMs: 10 } },
    });
  });
  afterAll(async () => {
    await supergraph?.close();
    await proxy?.close();
    const nc = await connect({ servers: natsUrl!.split(',') });
    try {
      const jsm = await jetstreamManager(nc);
      for await (const name of jsm.streams.names()) if (name.startsWith(prefix)) await jsm.streams.delete(name);
    } finally {
      await nc.close();
    }
  });

  /** Messages stored in grids' stream, asked of NATS directly. */
  async function streamMessages(): Promise<number> {
    const nc = await connect({ servers: natsUrl!.split(',') });
    try {
      const jsm = await jetstreamManager(nc);
      return (await jsm.streams.info(jetstreamNames(prefix, 'grids').stream)).state.messages;
    } finally {
      await nc.close();
    }
  }

  test('a household registered in grids, then a party member living in it registered in party, with no command in between', async () => {
    await householdThenPartyMember(supergraph, '181');
  });

  test('a consumer stopped mid-stream and restarted misses nothing and applies nothing twice', async () => {
    await stoppedMidStreamThenRestarted(supergraph, 210);
  });

  test('a relay killed after publishing but before marking the rows re-publishes them; JetStream drops the duplicates', async () => {
    await registerHousehold(supergraph, '241');
    await partyCaughtUp(supergraph);
    const head = await gridsHead(supergraph);
    expect(head).toBeGreaterThanOrEqual(2);
    await supergraph.events('grids').stop();
    // What a relay that died between the publish and the update leaves: published rows not marked.
    await supergraph.em('grids').nativeUpdate(OutboxEvent, {}, { publishedAt: null });
    expect(await streamMessages()).toBe(head);
    const watcher = recordingTerritoryConsumer();
    await supergraph.restartEvents('party', [watcher.consumer]);
    await supergraph.restartEvents('grids');
    await eventually('the relay to mark every row again', async () => (await supergraph.em('grids').count(OutboxEvent, { publishedAt: null })) === 0);
    expect(await streamMessages()).toBe(head);
    // Something new still flows, and party applied only that.
    const { residentId } = await registerHousehold(supergraph, '251');
    await partyCaughtUp(supergraph);
    expect(await streamMessages()).toBe(head + 2);
    expect(watcher.calls.flat()).toEqual([head + 1, head + 2]);
    expect(await supergraph.em('party').count(TerritoryPlace, { id: residentId })).toBe(1);
    await supergraph.restartEvents('party');
  });

  test('with NATS unreachable, commands still commit and the outbox grows; everything arrives once NATS is back', async () => {
    await partyCaughtUp(supergraph);
    await proxy.pause();
    try {
      const { residentId } = await registerHousehold(supergraph, '261');
      const second = await registerHousehold(supergraph, '262');
      expect(await supergraph.em('grids').count(OutboxEvent, { publishedAt: null })).toBe(4);
      await eventually('the relay to report NATS unreachable', () => supergraph.events('grids').status().relay?.lastError ?? undefined);
      expect(await supergraph.em('party').count(TerritoryPlace, { id: { $in: [residentId, second.residentId] } })).toBe(0);
    } finally {
      await proxy.resume();
    }
    await partyCaughtUp(supergraph);
    // Party may apply a message before the relay, back from its publish, marks the row: wait for the mark.
    await eventually('the relay to mark every row published', async () => (await supergraph.em('grids').count(OutboxEvent, { publishedAt: null })) === 0);
    await eventually('the relay to report itself clear', () => supergraph.events('grids').status().relay?.unpublished === 0);
    expect(supergraph.events('grids').status().relay).toMatchObject({ unpublished: 0, lastError: null });
  }, 90_000);

  test('a consumer whose checkpoint is gone (database restored from a backup, or a replay from zero) gets every event again from the stream', async () => {
    await registerHousehold(supergraph, '281');
    const head = await partyCaughtUp(supergraph);
    await supergraph.events('party').stop();
    await supergraph.em('party').nativeDelete(EventCheckpoint, { consumer: 'territory-copy' });
    const replay = recordingTerritoryConsumer();
    await supergraph.restartEvents('party', [replay.consumer]);
    await partyCaughtUp(supergraph);
    // Everything from the first event, once each.
    expect(replay.calls.flat()).toEqual(range(1, head));
    await supergraph.restartEvents('party');
  });

  test('a poison event is parked with its error and the events after it flow', async () => {
    await poisonParkedStreamFlows(supergraph, '271');
  });

  test('/readyz shows the relay\'s backlog in grids and the consumer\'s lag in party', async () => {
    await partyCaughtUp(supergraph);
    const party = await (await fetch(new URL('/readyz', supergraph.subgraphUrls.party))).json();
    expect(party).toMatchObject({ status: 'ready', events: { transport: 'jetstream', consumers: [expect.objectContaining({ consumer: 'territory-copy', eventsBehind: 0 })] } });
    const grids = await eventually('grids relay idle', async () => {
      const body: any = await (await fetch(new URL('/readyz', supergraph.subgraphUrls.grids))).json();
      return body.events?.relay?.unpublished === 0 ? body : undefined;
    });
    expect(grids).toMatchObject({ status: 'ready', events: { transport: 'jetstream', relay: { stream: 'grids', unpublished: 0, lastError: null } } });
  });
});
