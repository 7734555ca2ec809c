// The parts of the pg driver (no type package installed) that COPY uses (kit/orm/copy-rows.ts).
declare module 'pg/lib/utils' {
  /** How the driver renders a parameter's value as text: null, a string, or a Buffer for bytea. */
  export function prepareValue(value: unknown): string | Buffer | null;
}
