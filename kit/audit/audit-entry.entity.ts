import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../auth/role';
import { RevealReason } from './reveal-reason';

/** What an audit entry records. */
export enum AuditAction {
  /** A personal field read unmasked. */
  READ = 'READ',
  /** A mutation (command) run, whatever its outcome. */
  MUTATION = 'MUTATION',
}

registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit entry records (审计类别): an unmasked read or a mutation' });

/**
 * One entry of a subgraph's audit trail (审计日志): append-only, each entry chained to the one before
 * by `hash` = SHA-256 over its content and `previousHash` (kit/audit/audit-chain.ts), so an entry
 * changed or removed in the database breaks the chain from there on. Holds who did what to which
 * row and why, never the personal value itself.
 */
@Entity({ tableName: 'audit_entry' })
// What an auditor looks up (a person's reads, a resident's readers, a request): index lookups on a trail that only grows.
@Index({ properties: ['viewerId', 'sequence'] })
@Index({ properties: ['subjectId', 'sequence'] })
@Index({ properties: ['requestId'] })
@ObjectType({ description: "One entry of a subgraph's audit trail (审计记录): who read or changed what, when and why" })
@Directive('@shareable')
export class AuditEntry {
  /** 1, 2, 3 … without gaps, assigned under a lock: the order of the chain. */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  @Field(_type => Int, { description: 'Position in the chain: 1, 2, 3 … without gaps' })
  sequence!: number;

  @Property({ type: 'datetime' })
  @Field({ description: 'When the request that did it arrived (时间)' })
  at!: Date;

  @Property({ type: 'string', length: 255 })
  @Field(_type => ID, { description: 'Account id of the caller (操作人)' })
  viewerId!: string;

  /** The caller's roles, comma-separated. */
  @Property({ type: 'string', length: 255 })
  rolesText!: string;

  @Field(_type => [Role], { description: "The caller's roles at the time (角色)" })
  get roles(): Role[] {
    return this.rolesText ? (this.rolesText.split(',') as Role[]) : [];
  }

  @Enum({ items: () => AuditAction })
  @Field(_type => AuditAction, { description: 'An unmasked read or a mutation (类别)' })
  action!: AuditAction;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(_type => String, {
    nullable: true,
    description: 'Type of the row read or changed, e.g. Resident (对象类型); null when a failed mutation reached none',
  })
  subjectType: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(_type => ID, { nullable: true, description: 'Id of the row read or changed (对象)' })
  subjectId: string | null = null;

  @Property({ type: 'string', length: 100 })
  @Field({ description: 'The field read (e.g. nationalId) or the mutation run (e.g. registerResident) (字段或操作)' })
  field!: string;

  @Enum({ items: () => RevealReason, nullable: true })
  @Field(_type => RevealReason, { nullable: true, description: 'Why the read was asked for (事由); null for mutations' })
  reason: RevealReason | null = null;

  @Property({ type: 'string', length: 32 })
  @Field({ description: 'OK, or the error code a mutation ended with (结果)' })
  outcome!: string;

  @Property({ type: 'string', length: 64 })
  @Field({ description: 'Request id, as in the service logs and the x-request-id header (请求号)' })
  requestId!: string;

  @Property({ type: 'string', length: 64 })
  @Field({ description: 'Hash of the entry before (SHA-256, hex; 64 zeros for the first)' })
  previousHash!: string;

  @Property({ type: 'string', length: 64 })
  @Field({ description: "SHA-256 (hex) over this entry's content and previousHash (哈希链)" })
  hash!: string;
}
