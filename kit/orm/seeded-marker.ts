import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DatabaseLocation } from './orm-options';

/**
 * An embedded database that was seeded leaves a marker beside its file (`data/grids.seeded`). The
 * file alone cannot tell "never created" (a fresh clone: seed it) from "lost" (deleted, moved, a
 * wrong `DATA_DIR` on one service): libSQL creates a missing file, and the service would answer
 * every query with nothing. With the marker, a missing file is an error; deleting the whole data
 * folder still starts over.
 */
export function seededMarkerOf(file: string): string {
  return join(dirname(file), `${basename(file, '.db')}.seeded`);
}

interface SeededMarker {
  readonly scale: string;
  readonly seededAt: string;
}

/** Records that the embedded database in `file` holds seeded data. */
export function markSeeded(file: string, scale: string): void {
  const marker: SeededMarker = { scale, seededAt: new Date().toISOString() };
  writeFileSync(seededMarkerOf(file), `${JSON.stringify(marker)}\n`);
}

/** Whether the embedded database in `file` was seeded to the end. */
export function isMarkedSeeded(file: string): boolean {
  return existsSync(seededMarkerOf(file));
}

/**
 * An embedded database that holds rows but no marker: its seed failed or was stopped part-way (it
 * commits as it goes), so it holds part of the demo data. Refused rather than served or topped up.
 */
export class UnfinishedSeedError extends Error {
  constructor(subgraph: string, file: string) {
    super(
      `${subgraph}: the database file ${file} holds rows but no ${seededMarkerOf(file)}: its seed did not finish ` +
        `(it failed or was stopped), so it holds part of the data. Reseed it: npm start -- --reseed ${subgraph}`,
    );
  }
}

/** A seeded embedded database whose file is gone. */
export class MissingDatabaseError extends Error {}

/**
 * Refuses to open a seeded embedded database whose file is missing, saying what to do: restore the
 * file from a backup, or reseed on purpose. PostgreSQL and never-seeded files pass.
 */
export function requireSeededFile(subgraph: string, location: DatabaseLocation): void {
  if (location.kind !== 'embedded' || existsSync(location.file)) return;
  const markerFile = seededMarkerOf(location.file);
  if (!existsSync(markerFile)) return;
  const marker = JSON.parse(readFileSync(markerFile, 'utf8')) as SeededMarker;
  throw new MissingDatabaseError(
    `${subgraph}: the database file ${location.file} is missing, but ${markerFile} says it was seeded ` +
      `(${marker.scale} data, ${marker.seededAt}); a new empty database would answer every query with nothing. ` +
      `Restore the file from a backup (README: Backup and restore), or reseed it on purpose: npm start -- --reseed ${subgraph}`,
  );
}

/** Removes an embedded database file, its journal files and its marker: the start of a reseed. */
export function removeEmbeddedDatabase(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`, seededMarkerOf(file)]) rmSync(path, { force: true });
}
