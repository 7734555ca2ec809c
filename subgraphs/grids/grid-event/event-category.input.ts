import { IsInt, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IsPlainText } from '../../../kit/personal/validators';

@InputType({ description: 'A category of the event catalogue and its deadlines (事件类别)' })
export class DefineEventCategoryInput {
  @Field({ description: 'Code, e.g. SANITATION; an existing code is updated (类别编码)' })
  @Length(2, 40)
  @Matches(/^[A-Z][A-Z0-9_]*$/)
  code!: string;

  @Field({ description: 'Name, e.g. 环境卫生 (名称)' })
  @Length(1, 40)
  @IsPlainText()
  name!: string;

  @Field(_type => Int, { description: 'Hours to resolve a normal event, 1–2160 (一般事件办结时限)' })
  @IsInt()
  @Min(1)
  @Max(2160)
  resolveHours!: number;

  @Field(_type => Int, { description: 'Hours to resolve an urgent event, at most resolveHours (紧急事件办结时限)' })
  @IsInt()
  @Min(1)
  @Max(2160)
  urgentResolveHours!: number;
}
