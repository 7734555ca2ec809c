import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { SortDirection } from '../../../kit/connection/connection';
import { pageQuery } from '../../../kit/connection/page-query';
import type { GridsContext } from '../context';
import { DEPARTMENT_RECEIVERS } from '../roles';
import { GridEvent } from '../grid-event/grid-event.entity';
import { GridEventsArgs, gridEventFilter, gridEventOrder } from '../grid-event/grid-event.input';
import { GridEventConnection } from '../grid-event/grid-event-connection.type';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Department } from './department.entity';
import { DepartmentsArgs, departmentFilter } from './department.input';
import { DepartmentConnection } from './department-connection.type';

@Resolver(_of => Department)
export class DepartmentResolver {
  @Query(_returns => Department, { nullable: true, description: 'A functional department by id (职能部门)' })
  department(@Arg('id', _type => ID, { description: 'Id (标识)' }) id: string, @Ctx() { loaders }: GridsContext): Promise<Department | null> {
    return loaders.departmentById.load(id);
  }

  @Query(_returns => DepartmentConnection, { description: 'Functional departments that take dispatched events (职能部门列表)' })
  departments(@Args() args: DepartmentsArgs, @Ctx() { loaders }: GridsContext) {
    return loaders.pages.root(Department, pageQuery(args, departmentFilter(args.where), [['code', SortDirection.ASC]]));
  }

  @Authorized(DEPARTMENT_RECEIVERS)
  @Query(_returns => GridEventConnection, {
    description: "For a department's receiver (接哨员): events dispatched to the departments you receive for, to accept or return (部门报到待办)",
  })
  async dispatchedGridEvents(@Args() args: GridEventsArgs, @Ctx() { em, loaders, viewer }: GridsContext) {
    // Receivers are few and kept as JSON on their department: the catalogue is small enough to filter here.
    const departments = (await em.find(Department, {})).filter((department) => department.receivers.some((receiver) => receiver.subjectId === viewer!.id));
    const where = { $and: [{ departmentId: { $in: departments.map((department) => department.id) } }, gridEventFilter(args.where)] };
    return loaders.pages.root(GridEvent, pageQuery(args, where, gridEventOrder(args.orderBy)));
  }

  @FieldResolver(_returns => Subdistrict, { nullable: true, description: 'Subdistrict it serves; none when district-wide (服务街道)' })
  subdistrict(@Root() department: Department, @Ctx() { loaders }: GridsContext) {
    return department.subdistrictId ? loaders.subdistrictById.load(department.subdistrictId) : null;
  }
}
