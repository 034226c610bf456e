import { Controller, Get, Render } from '@nestjs/common';
import { AccessScope } from '@feedloop/auth/access-scope';
import { CurrentUser, Scope } from '@feedloop/auth/current-user.decorator';
import { UserEntity } from '@feedloop/auth/user.entity';
import { DepartmentsService } from '@feedloop/departments/departments.service';

@Controller()
export class HomeController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Render('home')
  async home(@CurrentUser() user: UserEntity, @Scope() scope: AccessScope) {
    const department = user.departmentId ? await this.departments.get(user.departmentId) : null;
    return {
      titleKey: 'home.title',
      user,
      department,
      scopeKey: scope.seesAllDepartments ? 'all' : scope.ownDepartmentId ? 'department' : 'none',
    };
  }
}
