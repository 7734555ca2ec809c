import 'reflect-metadata';
import { runSubgraph } from '../../kit/subgraph';
import { propertySubgraph } from './server';

runSubgraph(propertySubgraph).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
