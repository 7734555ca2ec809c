/**
 * Captures the SQL statements an ORM instance runs, so tests can hold a request to a statement
 * budget. Wired in through `createOrmOptions({ queryLog })`.
 */
export class QueryLog {
  readonly statements: string[] = [];

  record(message: string): void {
    this.statements.push(message);
  }

  get count(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements.length = 0;
  }

  /** Counts the statements `work` runs (nothing else may use the ORM meanwhile). */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    this.reset();
    const result = await work();
    return { result, statements: this.count };
  }
}
