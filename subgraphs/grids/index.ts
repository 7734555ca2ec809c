import 'reflect-metadata';
import { runSubgraph } from '../../kit/subgraph';
import { gridsSubgraph } from './server';

runSubgraph(gridsSubgraph).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
