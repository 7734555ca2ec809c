import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A period: from inclusive, to exclusive (统计区间)' })
export class PropertyPeriod {
  @Field({ description: 'From, inclusive (起)' })
  from!: Date;

  @Field({ description: 'To, exclusive (止)' })
  to!: Date;
}
