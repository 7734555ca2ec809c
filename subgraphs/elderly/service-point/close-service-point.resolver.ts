import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../kit/errors';
import type { ElderlyContext } from '../context';
import { POINT_MANAGERS } from '../roles';
import { changePointStatus } from './change-point-status';
import { ServicePointCommand } from './service-point-lifecycle';
import { ServicePointPayload } from './service-point-payload.type';
import { ServicePointStatusInput } from './service-point.input';

@Resolver()
export class CloseServicePointResolver {
  @Authorized(POINT_MANAGERS)
  @Mutation(_returns => ServicePointPayload, { description: 'Close an open service point, saying why (服务点停业); its elders drop out of the circle' })
  closeServicePoint(
    @Arg('input', { description: 'The command (指令); reason required' }) input: ServicePointStatusInput,
    @Ctx() context: ElderlyContext,
  ): Promise<ServicePointPayload> {
    if (!input.reason) throw new BadUserInputError('input.reason', 'required', 'input.reason is required to close a point');
    return changePointStatus(context, ServicePointCommand.CLOSE, input);
  }
}
