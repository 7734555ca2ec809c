import pino, { type Logger } from 'pino';

/** JSON lines on stdout, one logger per service; `LOG_LEVEL` sets the level (default info, silent in tests). */
export function createLogger(service: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const level = env.LOG_LEVEL ?? (env.NODE_ENV === 'test' || env.JEST_WORKER_ID ? 'silent' : 'info');
  return pino({ name: service, level, base: { service } });
}
