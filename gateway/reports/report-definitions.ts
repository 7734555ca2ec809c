import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { projectRoot } from '../../kit/project-root';

/** Where the registered report operations live: `schema/reports/<name>.graphql`. */
export const REPORTS_DIR = join('schema', 'reports');

export interface ReportDefinition {
  /** The report's name in `/reports/<name>.csv`: its file's name. */
  readonly name: string;
  readonly document: string;
  /** The root connection the rows come from (e.g. `communities`). */
  readonly listField: string;
  /** One column per leaf under `edges.node`, dotted (`gridEventStats.disposalRate`), in the document's order; columns under a list make a row per item (`rowsOf`). */
  readonly columns: readonly string[];
}

const fieldsOf = (selectionSet: SelectionSetNode | undefined): FieldNode[] =>
  (selectionSet?.selections ?? []).filter((selection): selection is FieldNode => selection.kind === Kind.FIELD);

function leaves(selectionSet: SelectionSetNode | undefined, prefix: string): string[] {
  return fieldsOf(selectionSet).flatMap(field => {
    const name = prefix + (field.alias ?? field.name).value;
    return field.selectionSet ? leaves(field.selectionSet, `${name}.`) : [name];
  });
}

/**
 * A report is one query over one root connection that takes `$first` and `$after`; its rows are the connection's
 * nodes, its columns the leaves of the node selection — written once, in the document.
 */
export function reportDefinition(name: string, document: string): ReportDefinition {
  const operations = parse(document).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const [list] = operations.length === 1 ? fieldsOf(operations[0].selectionSet) : [];
  const node = fieldsOf(fieldsOf(list?.selectionSet).find(field => field.name.value === 'edges')?.selectionSet).find(field => field.name.value === 'node');
  const variables = new Set(operations[0]?.variableDefinitions?.map(variable => variable.variable.name.value));
  if (!list || !node || !variables.has('first') || !variables.has('after')) {
    throw new Error(`${join(REPORTS_DIR, name)}.graphql must be one query over one connection (edges { node }) taking $first and $after`);
  }
  return { name, document, listField: (list.alias ?? list.name).value, columns: leaves(node.selectionSet, '') };
}

/** Every registered report, by name. */
export function reportDefinitions(root: string = projectRoot()): Map<string, ReportDefinition> {
  const files = readdirSync(join(root, REPORTS_DIR)).filter(file => file.endsWith('.graphql'));
  return new Map(
    files.map(file => {
      const name = file.replace(/\.graphql$/, '');
      return [name, reportDefinition(name, readFileSync(join(root, REPORTS_DIR, file), 'utf8'))];
    }),
  );
}

/**
 * A node's rows: one, or one per item of the list the columns run through (a series' buckets, the
 * categories of a breakdown), the node's own columns repeated on each. A null list (figures
 * withheld) gives one row of empty figures; an empty one gives none. At most one list per report.
 */
export function rowsOf(node: unknown, columns: readonly string[]): unknown[][] {
  const lists = new Set(columns.map(column => listIn(node, column)).filter((list): list is string => list !== null));
  if (lists.size > 1) throw new Error(`a report runs through one list, not ${[...lists].join(' and ')}`);
  const [list] = lists;
  if (list === undefined) return [columns.map(column => cellOf(node, column))];
  return (cellOf(node, list) as unknown[]).map(item => columns.map(column => (column.startsWith(`${list}.`) ? cellOf(item, column.slice(list.length + 1)) : cellOf(node, column))));
}

/** The dotted path of the first list on the way to `column`, or null. */
function listIn(node: unknown, column: string): string | null {
  const steps = column.split('.');
  let value: unknown = node;
  for (let index = 0; index < steps.length - 1 && value !== null && value !== undefined; index++) {
    value = (value as Record<string, unknown>)[steps[index]];
    if (Array.isArray(value)) return steps.slice(0, index + 1).join('.');
  }
  return null;
}

/** A node's value at a dotted column; `null` when any step is null (a figure withheld or suppressed). */
export function cellOf(node: unknown, column: string): unknown {
  let value: unknown = node;
  for (const step of column.split('.')) value = value === null || value === undefined ? null : (value as Record<string, unknown>)[step];
  return value ?? null;
}
