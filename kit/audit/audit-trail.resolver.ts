import type { FilterQuery } from '@mikro-orm/core';
import { MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Directive, Field, ID, InputType, Int, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import { AUDITORS } from '../auth/role';
import { Connection, ConnectionArgs, type ConnectionValue } from '../connection/connection';
import { encodeKeysetCursor, keysetAfter } from '../connection/keyset';
import type { BaseContext } from '../context';
import { BadUserInputError } from '../errors';
import { verifyAuditChain } from './audit-chain';
import { AuditAction, AuditEntry } from './audit-entry.entity';

@ObjectType()
@Directive('@shareable')
class AuditEntryConnection extends Connection(AuditEntry, 'A page of an audit trail, newest first (审计日志)', { shareable: true }) {}

@InputType({ description: 'Which audit entries to list; all given conditions must hold' })
class AuditTrailFilter {
  @Field(_type => ID, { nullable: true, description: 'Entries of this caller (操作人)' })
  @MaxLength(255)
  viewerId?: string;

  @Field(_type => AuditAction, { nullable: true, description: 'Only reads, or only mutations' })
  action?: AuditAction;

  @Field({ nullable: true, description: 'Entries about rows of this type, e.g. Resident' })
  @MaxLength(100)
  subjectType?: string;

  @Field(_type => ID, { nullable: true, description: 'Entries about this row (对象)' })
  @MaxLength(64)
  subjectId?: string;

  @Field({ nullable: true, description: 'Entries of one request (请求号)' })
  @MaxLength(64)
  requestId?: string;
}

@ArgsType()
class AuditTrailArgs extends ConnectionArgs {
  @Field(_type => AuditTrailFilter, { nullable: true, description: 'Filter' })
  where?: AuditTrailFilter;
}

@ObjectType({ description: "The result of walking an audit trail's hash chain (审计链校验)" })
@Directive('@shareable')
class AuditChainCheck {
  @Field({ description: 'Every entry matches its hash and links to the one before, with no gap' })
  verified!: boolean;

  @Field(_type => Int, { description: 'Entries that verified, from the first' })
  entries!: number;

  @Field(_type => Int, { nullable: true, description: 'The first entry that was changed, removed or misplaced; null when verified' })
  firstBrokenSequence!: number | null;
}

/** Names of a subgraph's audit queries in the supergraph: `gridsAuditTrail`, `gridsAuditChain` … */
export function auditQueryNames(subgraph: string): { trail: string; chain: string } {
  return { trail: `${subgraph}AuditTrail`, chain: `${subgraph}AuditChain` };
}

/**
 * A subgraph's audit queries, for AUDITORS only (others FORBIDDEN): `<subgraph>AuditTrail(first,
 * after, where)`, newest entry first, and `<subgraph>AuditChain`, a walk of the whole chain. Call
 * once per subgraph, at module scope, and list the class among its resolvers. Both are nullable:
 * an auditor's query over several subgraphs' trails keeps the others when one subgraph is down.
 */
export function auditTrailResolver(subgraph: string): ClassType {
  const names = auditQueryNames(subgraph);

  @Resolver()
  class AuditTrailResolver {
    @Authorized(AUDITORS)
    @Query(_returns => AuditEntryConnection, {
      nullable: true,
      name: names.trail,
      description: `The ${subgraph} subgraph's audit trail, newest first (审计日志): unmasked reads of personal data and mutations. City admins only.`,
    })
    async trail(@Args() args: AuditTrailArgs, @Ctx() { em }: BaseContext): Promise<ConnectionValue<AuditEntry>> {
      const after = keysetAfter(args.after, 1)?.[0];
      if (after !== undefined && !/^\d{1,15}$/.test(after)) throw new BadUserInputError('after', 'cursor', 'after must be a cursor returned by this list');
      // Only the conditions given: an absent one is no condition, not "is null".
      const where = Object.fromEntries(
        Object.entries(args.where ?? {}).filter(([, value]) => value !== undefined && value !== null),
      ) as FilterQuery<AuditEntry>;
      const [rows, totalCount] = await Promise.all([
        em.find(AuditEntry, after !== undefined ? { ...(where as object), sequence: { $lt: Number(after) } } : where, {
          orderBy: { sequence: 'desc' },
          limit: args.first + 1,
        }),
        em.count(AuditEntry, where),
      ]);
      const page = rows.slice(0, args.first);
      const edges = page.map(node => ({ cursor: encodeKeysetCursor([String(node.sequence)]), node }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: rows.length > args.first,
          hasPreviousPage: after !== undefined,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    }

    @Authorized(AUDITORS)
    @Query(_returns => AuditChainCheck, {
      nullable: true,
      name: names.chain,
      description: `Walks the ${subgraph} subgraph's audit trail and checks every hash and link (审计链校验): a changed or removed entry is found. City admins only.`,
    })
    chain(@Ctx() { em }: BaseContext): Promise<AuditChainCheck> {
      return verifyAuditChain(em);
    }
  }
  return AuditTrailResolver;
}
