import 'reflect-metadata';
import { runSubgraph } from '../../kit/subgraph';
import { elderlySubgraph } from './server';

runSubgraph(elderlySubgraph).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
