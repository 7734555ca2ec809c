/**
 * One progress line for long work (a benchmark's requests, a seed's rows): how many are done, their
 * rate, and the time left when the total or the duration is known, rewritten in place at most twice
 * a second on `stream` (stdout by default). Quiet when that stream is not a terminal (CI logs, files).
 *
 * Work whose count is not known in advance but whose share done is (a seed knows how many households
 * it has walked through, not how many rows each will give) reports that share with `reached`, named
 * for the pass it belongs to (a seed may walk the territory twice); the time left is that pass's, at
 * its pace so far.
 */
export function progressLine(total: number | undefined, label = 'requests', durationMs?: number, stream: NodeJS.WriteStream = process.stdout) {
  const started = performance.now();
  let done = 0;
  let shown = 0;
  let share: { readonly fraction: number; readonly of: string; readonly since: number } | undefined;
  const live = stream.isTTY === true;
  const show = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const left =
      durationMs !== undefined
        ? Math.max(0, durationMs / 1000 - seconds)
        : total !== undefined
          ? (total - done) / Math.max(rate, 0.001)
          : share && share.fraction > 0
            ? (((performance.now() - share.since) / 1000) * (1 - share.fraction)) / share.fraction
            : undefined;
    const count = total === undefined ? `${done} ${label}` : `${done}/${total} ${label}`;
    const through = share ? `, ${share.of} ${(share.fraction * 100).toFixed(0)}%` : '';
    const time = left === undefined ? `${seconds.toFixed(0)} s so far` : share?.fraction === 1 ? 'finishing' : `${left.toFixed(0)} s left`;
    stream.write(`\r${count}, ${rate.toFixed(1)}/s${through}, ${time}   `);
  };
  return {
    /** Counts `count` more. */
    tick(count = 1) {
      done += count;
      if (!live || performance.now() - shown < 500) return;
      shown = performance.now();
      show();
    },
    /** The share (0–1) done of the pass named `of` when the count to come is unknown, e.g. `0.4` of "territory copy". */
    reached(fraction: number, of: string) {
      share = { fraction: Math.min(1, Math.max(0, fraction)), of, since: share?.of === of ? share.since : performance.now() };
    },
    done() {
      if (live && shown > 0) stream.write('\n');
      shown = 0;
    },
  };
}
