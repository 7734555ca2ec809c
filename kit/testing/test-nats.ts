/**
 * The NATS server (with JetStream) the domain-event tests run against: `TEST_NATS_URL`, or
 * undefined when unset, and those tests are skipped (`npm test` needs no server; `.ci/run` sets it).
 */
export function testNatsUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_NATS_URL || undefined;
}
