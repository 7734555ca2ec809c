import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ElderlyContext } from '../context';
import { POINT_MANAGERS } from '../roles';
import { changePointStatus } from './change-point-status';
import { ServicePointCommand } from './service-point-lifecycle';
import { ServicePointPayload } from './service-point-payload.type';
import { ServicePointStatusInput } from './service-point.input';

@Resolver()
export class OpenServicePointResolver {
  @Authorized(POINT_MANAGERS)
  @Mutation(_returns => ServicePointPayload, { description: 'Reopen a closed service point (服务点恢复运营)' })
  openServicePoint(
    @Arg('input', { description: 'The command (指令)' }) input: ServicePointStatusInput,
    @Ctx() context: ElderlyContext,
  ): Promise<ServicePointPayload> {
    return changePointStatus(context, ServicePointCommand.OPEN, input);
  }
}
