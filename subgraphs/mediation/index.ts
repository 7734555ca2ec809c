import 'reflect-metadata';
import { runSubgraph } from '../../kit/subgraph';
import { mediationSubgraph } from './server';

runSubgraph(mediationSubgraph).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
