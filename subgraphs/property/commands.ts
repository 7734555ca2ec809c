/** Every mutation of the property subgraph, one resolver class per command. */
export const propertyCommands: Function[] = [];
