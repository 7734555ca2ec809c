import pino, { type Logger } from 'pino';

/** A real pino logger whose lines are kept as parsed objects, for asserting what a service logs (e.g. audit lines). */
export function capturedLog(): { readonly log: Logger; readonly lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}
