import 'reflect-metadata';
import { runSubgraph } from '../../kit/subgraph';
import { partySubgraph } from './server';

runSubgraph(partySubgraph).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
