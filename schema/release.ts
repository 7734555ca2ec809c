import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../kit/project-root';
import { checkContract, committedContract, describeReport, INTENDED_BREAKS, RELEASED_API } from './contract';
import { GENERATED_BANNER } from './compose';

/** First line of the released copy. */
export const RELEASED_BANNER = '# released client schema: the contract schema/api.graphql is checked against (npm run schema:release) — do not edit';

/**
 * `npm run schema:release`: once the contract holds, the current client schema becomes the
 * released one and the list of intended breaks starts empty again.
 */
async function main(): Promise<void> {
  const { released, current, intended } = committedContract();
  const problems = describeReport(await checkContract(released, current, intended));
  if (problems.length > 0) {
    console.error(`The contract does not hold; fix it first:\n${problems.map(line => `  - ${line}`).join('\n')}`);
    process.exit(1);
  }
  writeFileSync(join(projectRoot(), RELEASED_API), current.replace(GENERATED_BANNER, RELEASED_BANNER));
  writeFileSync(join(projectRoot(), INTENDED_BREAKS), '[]\n');
  console.log(`${RELEASED_API} is now the released schema; ${INTENDED_BREAKS} is empty. Give the Unreleased section of schema/CHANGELOG.md its version.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
