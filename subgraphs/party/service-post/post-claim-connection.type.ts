import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { PostClaim } from './post-claim.entity';

@ObjectType({ description: 'A page of post claims (认领记录)' })
export class PostClaimConnection extends Connection(PostClaim) {}
