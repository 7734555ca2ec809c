import type { AdmissionSettings } from '../http/admission';

/** An admission limit whose admitted requests wait until the test releases them. */
export interface HeldAdmission {
  readonly settings: AdmissionSettings;
  /** Requests admitted and now held. */
  held(): number;
  /** Requests that joined the queue. */
  queued(): number;
  /** Lets every held request run, and every later one straight through. */
  release(): void;
}

/**
 * Admission settings for tests of overload without timing: fill the limit with held requests, watch
 * the queue fill, see what the next ones get, then release.
 */
export function heldAdmission(maxInFlight: number, maxQueued: number): HeldAdmission {
  let held = 0;
  let queued = 0;
  let release!: () => void;
  const gate = new Promise<void>(resolve => (release = resolve));
  return {
    settings: {
      maxInFlight,
      maxQueued,
      retryAfterSeconds: 1,
      probe: {
        admitted: () => {
          held += 1;
          return gate;
        },
        queued: () => {
          queued += 1;
        },
      },
    },
    held: () => held,
    queued: () => queued,
    release: () => release(),
  };
}
