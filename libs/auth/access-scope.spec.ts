import { DataSource } from 'typeorm';
import { DepartmentsService } from '@feedloop/departments/departments.service';
import { AccessScope } from './access-scope';
import { AccessDeniedError } from './auth.errors';
import { AuthModule } from './auth.module';
import { UserEntity } from './user.entity';
import { makeUser } from '../../test/factories/users';
import { TestServices, startTestServices } from '../../test/services';

describe(AccessScope.name, () => {
  let t: TestServices;
  let db: DataSource;
  let logistics: string;
  let billing: string;

  beforeAll(async () => {
    t = await startTestServices([AuthModule]);
    db = t.dataSource;
    const departments = t.module.get(DepartmentsService);
    logistics = (await departments.getByKey('logistics')).id;
    billing = (await departments.getByKey('billing')).id;
  });
  afterAll(() => t.close());

  const scope = (role: UserEntity['role'], departmentId: string | null = null) => AccessScope.of({ id: 'u', role, departmentId });

  describe('canSeeDepartment', () => {
    it('lets admins and analysts see every department', () => {
      expect(scope('admin').canSeeDepartment(logistics)).toBe(true);
      expect(scope('analyst').canSeeDepartment(billing)).toBe(true);
    });

    it('lets a department head see only their own department', () => {
      const head = scope('department_head', logistics);
      expect(head.canSeeDepartment(logistics)).toBe(true);
      expect(head.canSeeDepartment(billing)).toBe(false);
      expect(head.canSeeDepartment(null)).toBe(false);
      expect(() => head.assertCanSeeDepartment(billing)).toThrow(AccessDeniedError);
    });

    it('lets a retention agent see no department, even one they belong to', () => {
      expect(scope('retention_agent', logistics).canSeeDepartment(logistics)).toBe(false);
    });
  });

  describe('applyDepartmentScope on a real query', () => {
    let ids: { logisticsHead: string; logisticsAgent: string; billingHead: string; analyst: string };

    beforeAll(async () => {
      ids = {
        logisticsHead: (await makeUser(t.module, { role: 'department_head', department: 'logistics' })).id,
        logisticsAgent: (await makeUser(t.module, { role: 'retention_agent', department: 'logistics' })).id,
        billingHead: (await makeUser(t.module, { role: 'department_head', department: 'billing' })).id,
        analyst: (await makeUser(t.module, { role: 'analyst' })).id,
      };
    });

    const visibleIds = async (s: AccessScope) => {
      const qb = db.getRepository(UserEntity).createQueryBuilder('u').select('u.id');
      const rows = await s.applyDepartmentScope(qb, 'u.department_id').getMany();
      return rows.map((r) => r.id);
    };

    it('adds nothing for an admin or analyst', async () => {
      const all = Object.values(ids);
      expect(await visibleIds(scope('admin'))).toEqual(expect.arrayContaining(all));
      expect(await visibleIds(scope('analyst'))).toEqual(expect.arrayContaining(all));
      const qb = db.getRepository(UserEntity).createQueryBuilder('u');
      expect(scope('analyst').applyDepartmentScope(qb, 'u.department_id').getQuery()).not.toMatch(/WHERE/);
    });

    it('keeps a department head to rows of their own department, leaving out rows without a department', async () => {
      const seen = await visibleIds(scope('department_head', logistics));
      expect(seen.sort()).toEqual([ids.logisticsHead, ids.logisticsAgent].sort());
    });

    it('returns nothing for a retention agent', async () => {
      expect(await visibleIds(scope('retention_agent', logistics))).toEqual([]);
    });

    it('combines with the caller\'s own conditions and parameters without clobbering them', async () => {
      const qb = db
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('u.role = :role', { role: 'retention_agent' })
        .andWhere('u.department_id = :departmentId', { departmentId: billing });
      const rows = await scope('department_head', logistics).applyDepartmentScope(qb, 'u.department_id').getMany();
      // Agent of billing is outside a logistics head's scope, so the caller's narrower filter plus the scope give nothing.
      expect(rows).toEqual([]);
      const own = db.getRepository(UserEntity).createQueryBuilder('u').where('u.role = :role', { role: 'retention_agent' });
      const mine = await scope('department_head', logistics).applyDepartmentScope(own, 'u.department_id').getMany();
      expect(mine.map((r) => r.id)).toEqual([ids.logisticsAgent]);
    });

    it('refuses a column reference that is not a plain identifier', () => {
      const qb = db.getRepository(UserEntity).createQueryBuilder('u');
      expect(() => scope('department_head', logistics).applyDepartmentScope(qb, 'u.department_id OR 1=1')).toThrow(/not a column/);
    });
  });
});
