import type { Viewer } from '../auth/viewer';
import { AuditAction } from './audit-entry.entity';
import type { NewAuditEntry } from './audit-chain';
import type { RevealReason } from './reveal-reason';

/** What a mutation's entry names: the row it produced or changed, when it reached one. */
export interface AuditSubject {
  readonly type: string;
  readonly id: string;
}

/**
 * The audit entries of one request, collected as it runs: unmasked reads wait here until the
 * response is about to leave (`auditPlugin` writes them all in one insert, and withholds the data
 * if it cannot); a mutation's entry is written by `auditMutations` in the mutation's own
 * transaction. The same read asked twice in one request (aliases, a row reached by two paths)
 * is one entry.
 */
export class RequestAudit {
  private readonly reads = new Map<string, NewAuditEntry>();

  constructor(
    readonly viewer: Viewer | null,
    readonly requestId: string,
    readonly at: Date,
  ) {}

  /** Notes an unmasked read of `field` of `subject` by this request's viewer, for `reason`. */
  read(subject: AuditSubject, field: string, reason: RevealReason): void {
    const key = JSON.stringify([subject.type, subject.id, field, reason]);
    if (!this.reads.has(key)) this.reads.set(key, this.entry(AuditAction.READ, subject, field, reason, 'OK'));
  }

  /** Reads noted and not yet written, oldest first; hands them over once. */
  takeReads(): NewAuditEntry[] {
    const taken = [...this.reads.values()];
    this.reads.clear();
    return taken;
  }

  /** The entry of a mutation run by this request: `outcome` is OK or the error code it ended with. */
  mutation(name: string, subject: AuditSubject | null, outcome: string): NewAuditEntry {
    return this.entry(AuditAction.MUTATION, subject, name, null, outcome);
  }

  private entry(action: AuditAction, subject: AuditSubject | null, field: string, reason: RevealReason | null, outcome: string): NewAuditEntry {
    return {
      at: this.at,
      viewerId: this.viewer?.id ?? 'anonymous',
      roles: this.viewer?.roles ?? [],
      action,
      subjectType: subject?.type ?? null,
      subjectId: subject?.id ?? null,
      field,
      reason,
      outcome,
      requestId: this.requestId,
    };
  }
}
