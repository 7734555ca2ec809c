import { ObjectType } from 'type-graphql';
import { Connection } from '../../../kit/connection/connection';
import { Department } from './department.entity';

@ObjectType({ description: 'A page of departments (职能部门列表)' })
export class DepartmentConnection extends Connection(Department) {}
