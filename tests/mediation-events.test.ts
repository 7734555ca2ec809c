import { Role } from '../kit/auth/role';
import { errorCodes } from '../kit/testing/execute';
import { eventually } from './support/eventually';
import { expectAgreementOnEvent, gridsCaughtUpWithMediation, mediatedGridEvent } from './support/mediation-event-scenario';
import { startSupergraph, type Supergraph } from './support/supergraph';

/**
 * Mediation and grid events across subgraphs, on the embedded transport (each consumer reads the
 * producer's outbox as a feed through the gateway): nobody writes twice, and an outcome reaches the
 * grid event exactly once, even when grids' consumer is down at that moment.
 */

let supergraph: Supergraph;
beforeAll(async () => {
  supergraph = await startSupergraph({ events: { transport: 'embedded', applier: { maxAttempts: 2, retryDelayMs: 10 } } });
});
afterAll(() => supergraph.close());

test('event reported → case from it → handed up → agreement → the event\'s history shows it; closing the case changes nothing more', async () => {
  const mediated = await mediatedGridEvent(supergraph, '楼上漏水渗到楼下, 双方争执');
  await mediated.agree();
  await expectAgreementOnEvent(mediated);

  await supergraph.query('mutation ($input: MediationCaseReasonInput!) { closeMediationCase(input: $input) { mediationCase { status } } }', {
    input: { caseId: mediated.caseId, reason: '协议履行完毕, 结案' },
  }, mediated.admin);
  await gridsCaughtUpWithMediation(supergraph);
  expect(await mediated.resolveSteps()).toHaveLength(1);
  expect((await mediated.read()).state).toBe('RESOLVED');
});

test('with grids\' consumer down during the agreement, the event catches up when it returns, once', async () => {
  const mediated = await mediatedGridEvent(supergraph, '楼道堆放杂物引发争执, 协商未果');
  await supergraph.events('grids').stop();
  await mediated.agree();
  // Mediation committed the agreement and its event; grids has not heard of it.
  const before = await mediated.read();
  expect([before.state, before.mediationCase.status]).toEqual(['IN_PROGRESS', 'AGREED']);

  await supergraph.restartEvents('grids');
  await expectAgreementOnEvent(mediated);
  // Started again from its checkpoint: nothing is applied twice.
  await supergraph.restartEvents('grids');
  await gridsCaughtUpWithMediation(supergraph);
  expect(await mediated.resolveSteps()).toHaveLength(1);
});

test('a case from a grid event mediation has not heard of is BAD_USER_INPUT', async () => {
  const staff = await supergraph.token({ roles: [Role.COMMUNITY_STAFF], scope: [supergraph.territory.communities[0].id] });
  const result = await supergraph.query('mutation ($input: RegisterMediationCaseInput!) { registerMediationCase(input: $input) { mediationCase { id } } }', {
    input: {
      category: 'NEIGHBOUR', description: '不存在的网格事件', source: 'GRID_EVENT', gridEventId: '00000000-0000-4000-8000-0000000000ee',
      parties: [{ role: 'APPLICANT', name: '张三' }, { role: 'RESPONDENT', name: '李四' }],
    },
  }, staff);
  expect(errorCodes(result.body)).toEqual(['BAD_USER_INPUT']);
  expect(result.body.errors[0].extensions.field).toBe('input.gridEventId');
});

test("mediation's /readyz shows both of its consumers caught up", async () => {
  const ready = await eventually('mediation /readyz caught up', async () => {
    const body: any = await (await fetch(new URL('/readyz', supergraph.subgraphUrls.mediation))).json();
    return body.events?.consumers?.every((consumer: any) => consumer.eventsBehind === 0) ? body : undefined;
  });
  expect(ready.events.consumers.map((consumer: any) => `${consumer.consumer} ← ${consumer.stream}`).sort()).toEqual(['grid-event-copy ← grids', 'territory-copy ← grids']);
});
