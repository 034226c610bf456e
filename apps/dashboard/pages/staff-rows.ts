import type { UserEntity } from '@feedloop/auth/user.entity';
import type { DepartmentEntity } from '@feedloop/departments/department.entity';

export interface StaffRow {
  id: string;
  name: string;
  email: string;
  role: string;
  departmentName: string | null;
  disabled: boolean;
}

/** Users as table rows with their department's name (users hold only its id). */
export function staffRows(users: UserEntity[], departments: DepartmentEntity[]): StaffRow[] {
  const names = new Map(departments.map((d) => [d.id, d.name]));
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    departmentName: u.departmentId ? (names.get(u.departmentId) ?? null) : null,
    disabled: u.disabledAt !== null,
  }));
}
