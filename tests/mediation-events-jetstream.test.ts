import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { OutboxEvent } from '../kit/events/outbox-event.entity';
import { testNatsUrl } from '../kit/testing/test-nats';
import { eventually } from './support/eventually';
import { expectAgreementOnEvent, gridsCaughtUpWithMediation, mediatedGridEvent } from './support/mediation-event-scenario';
import { startSupergraph, uniqueStreamPrefix, type Supergraph } from './support/supergraph';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';

/**
 * The mediation ↔ grid events scenario on NATS JetStream (the production path), with NATS cut
 * through a TCP proxy while the agreement is recorded. Runs when TEST_NATS_URL is set.
 */
const natsUrl = testNatsUrl();
const describeWithNats = natsUrl ? describe : describe.skip;

describeWithNats('mediation outcomes on NATS JetStream', () => {
  const prefix = uniqueStreamPrefix('mediation');
  let proxy: TcpProxy;
  let supergraph: Supergraph;

  beforeAll(async () => {
    const target = new URL(natsUrl!.split(',')[0]);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 4222) });
    supergraph = await startSupergraph({
      events: { transport: 'jetstream', servers: `nats://127.0.0.1:${proxy.port}`, prefix, batchSize: 10, ackWaitMs: 1_000, applier: { maxAttempts: 2, retryDelayMs: 10 } },
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

  test('event reported → case → handed up → agreement → the event\'s history shows it', async () => {
    const mediated = await mediatedGridEvent(supergraph, '装修噪音影响邻居休息, 多次协商无果');
    await mediated.agree();
    await expectAgreementOnEvent(mediated);
  }, 90_000);

  test('with NATS unreachable during the agreement, mediation commits it and the event catches up once NATS is back, once', async () => {
    const mediated = await mediatedGridEvent(supergraph, '下水堵塞污水倒灌, 楼上拒绝赔偿');
    await proxy.pause();
    try {
      await mediated.agree();
      expect(await supergraph.em('mediation').count(OutboxEvent, { publishedAt: null })).toBeGreaterThan(0);
      await eventually("mediation's relay to report NATS unreachable", () => supergraph.events('mediation').status().relay?.lastError ?? undefined);
      expect((await mediated.read()).state).toBe('IN_PROGRESS');
    } finally {
      await proxy.resume();
    }
    await expectAgreementOnEvent(mediated);
    await gridsCaughtUpWithMediation(supergraph);
    expect(await mediated.resolveSteps()).toHaveLength(1);
    expect(await supergraph.em('mediation').count(OutboxEvent, { publishedAt: null })).toBe(0);
  }, 90_000);
});
