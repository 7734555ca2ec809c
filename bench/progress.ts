/**
 * One progress line for a long benchmark: requests done, their rate and what is left, rewritten in
 * place at most twice a second. Quiet when stdout is not a terminal (CI logs, files).
 */
export function progressLine(total: number, label = 'requests', durationMs?: number) {
  const started = performance.now();
  let done = 0;
  let shown = 0;
  const live = process.stdout.isTTY === true;
  const show = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const left = durationMs === undefined ? (total - done) / Math.max(rate, 0.001) : Math.max(0, durationMs / 1000 - seconds);
    process.stdout.write(`\r${done}/${total} ${label}, ${rate.toFixed(1)}/s, ${left.toFixed(0)} s left   `);
  };
  return {
    /** Counts `count` more requests. */
    tick(count = 1) {
      done += count;
      if (!live || performance.now() - shown < 500) return;
      shown = performance.now();
      show();
    },
    done() {
      if (live && shown > 0) process.stdout.write('\n');
      shown = 0;
    },
  };
}
