import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v4 as uuidv4 } from 'uuid';
import { PartyMember } from '../member/member.entity';
import { ServicePost } from './service-post.entity';

/** An in-service member's registration at a post of their home community (双报到 · 认领岗位). */
@ObjectType({ description: 'A claim of a service post by an in-service member (认领岗位)' })
@Entity()
export class PostClaim {
  @Field(_type => ID, { description: 'Id (标识)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv4();

  @ManyToOne({ entity: () => PartyMember, mapToPk: true, fieldName: 'member_id', index: true })
  memberId!: string;

  @ManyToOne({ entity: () => ServicePost, mapToPk: true, fieldName: 'post_id', index: true })
  postId!: string;

  @Field({ description: 'When it was claimed (认领时间)' })
  @Property({ type: 'datetime' })
  claimedAt: Date = new Date();

  @Field(_type => Date, { nullable: true, description: 'When it was released (释放时间); null while held' })
  @Property({ type: 'datetime', nullable: true })
  releasedAt: Date | null = null;

  @Property({ type: 'uuid', index: true })
  communityId!: string;

  @Property({ type: 'uuid', index: true })
  subdistrictId!: string;

  @Field({ description: 'Still held (在岗)' })
  get active(): boolean {
    return this.releasedAt === null;
  }
}
