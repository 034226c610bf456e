import { Controller, Get, Param, Render } from '@nestjs/common';
import { AccessScope } from '@feedloop/auth/access-scope';
import { Scope } from '@feedloop/auth/current-user.decorator';
import { RequireDepartmentAccess } from '@feedloop/auth/department-access.guard';
import { UsersService } from '@feedloop/auth/users.service';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { staffRows } from './staff-rows';

/** Department pages; later issues hang the department's inbox and charts here. */
@Controller('departments')
export class DepartmentsController {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
  ) {}

  @Get()
  @Render('departments/index')
  async index(@Scope() scope: AccessScope) {
    return { titleKey: 'departments.title', departments: await this.departments.listVisible(scope) };
  }

  @Get(':id')
  @RequireDepartmentAccess('id')
  @Render('departments/show')
  async show(@Param('id') id: string, @Scope() scope: AccessScope) {
    const department = await this.departments.get(id);
    const members = await this.users.list(scope, { departmentId: department.id });
    return { title: department.name, department, members: staffRows(members, [department]) };
  }
}
