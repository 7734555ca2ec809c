/**
 * One progress line for long work (a benchmark's requests, a seed's rows): how many are done, their
 * rate, and the time left when the total or the duration is known, rewritten in place at most twice
 * a second on `stream` (stdout by default). Quiet when that stream is not a terminal (CI logs, files).
 */
export function progressLine(total: number | undefined, label = 'requests', durationMs?: number, stream: NodeJS.WriteStream = process.stdout) {
  const started = performance.now();
  let done = 0;
  let shown = 0;
  const live = stream.isTTY === true;
  const show = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const left =
      durationMs !== undefined ? Math.max(0, durationMs / 1000 - seconds) : total !== undefined ? (total - done) / Math.max(rate, 0.001) : undefined;
    const count = total === undefined ? `${done} ${label}` : `${done}/${total} ${label}`;
    const time = left === undefined ? `${seconds.toFixed(0)} s so far` : `${left.toFixed(0)} s left`;
    stream.write(`\r${count}, ${rate.toFixed(1)}/s, ${time}   `);
  };
  return {
    /** Counts `count` more. */
    tick(count = 1) {
      done += count;
      if (!live || performance.now() - shown < 500) return;
      shown = performance.now();
      show();
    },
    done() {
      if (live && shown > 0) stream.write('\n');
      shown = 0;
    },
  };
}
