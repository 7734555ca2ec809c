import { Field, ObjectType } from 'type-graphql';
import { PostClaim } from './post-claim.entity';

@ObjectType({ description: 'Result of claiming or releasing a service post (认领/释放岗位结果)' })
export class ServicePostClaimPayload {
  @Field(_type => PostClaim, { description: 'The claim (认领记录)' })
  claim!: PostClaim;
}
