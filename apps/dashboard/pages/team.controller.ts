import { Controller, Get, Render } from '@nestjs/common';
import { AccessScope } from '@feedloop/auth/access-scope';
import { Scope } from '@feedloop/auth/current-user.decorator';
import { UsersService } from '@feedloop/auth/users.service';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { staffRows } from './staff-rows';

/** The staff the signed-in user may see, through the AccessScope (a department head: their department only). */
@Controller('team')
export class TeamController {
  constructor(
    private readonly users: UsersService,
    private readonly departments: DepartmentsService,
  ) {}

  @Get()
  @Render('team')
  async team(@Scope() scope: AccessScope) {
    const [users, departments] = await Promise.all([this.users.list(scope), this.departments.list()]);
    return { titleKey: 'team.title', users: staffRows(users, departments), limitedToDepartment: scope.ownDepartmentId !== null };
  }
}
