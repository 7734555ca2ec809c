import DataLoader from 'dataloader';

/**
 * DataLoaders of one request made on first use, one per key — a query's shape, a period, a scope:
 * the many parents asking the same question batch together, different questions never mix. The
 * key names what the loader holds, so one family may hold loaders of different value types.
 */
export class LoaderFamily<V = unknown> {
  private readonly members = new Map<string, DataLoader<string, V>>();

  /** The loader for `key`, made with `batch` the first time the key is asked for. */
  get<T extends V>(key: string, batch: (ids: readonly string[]) => Promise<readonly (T | Error)[]>): DataLoader<string, T> {
    let loader = this.members.get(key) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(batch);
      this.members.set(key, loader as unknown as DataLoader<string, V>);
    }
    return loader;
  }
}
