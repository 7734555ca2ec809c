import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export interface CapturedLog {
  /** A logger writing JSON lines into memory. */
  readonly log: Logger;
  /** The lines written so far, parsed. */
  lines(): Record<string, unknown>[];
  /** Everything written so far, as written. */
  text(): string;
}

/** A logger whose lines a test can read back: to assert an audit line, or the absence of a value. */
export function captureLog(bindings: Record<string, unknown> = {}): CapturedLog {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const log = pino({ level: 'info' }, sink).child(bindings);
  const text = () => chunks.join('');
  return {
    log,
    text,
    lines: () => text().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
