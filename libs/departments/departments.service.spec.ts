import { AccessScope } from '@feedloop/auth/access-scope';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { TestServices, startTestServices } from '../../test/services';
import { DepartmentKeyTakenError, DepartmentNotFoundError } from './departments.errors';
import { DepartmentsModule } from './departments.module';
import { DepartmentsService } from './departments.service';

describe(DepartmentsService.name, () => {
  let t: TestServices;
  let departments: DepartmentsService;

  beforeAll(async () => {
    t = await startTestServices([DepartmentsModule]);
    departments = t.module.get(DepartmentsService);
  });
  afterAll(() => t.close());

  it('has the four seeded departments, sorted by name', async () => {
    const list = await departments.list();
    expect(list.map((d) => [d.key, d.name])).toEqual(
      expect.arrayContaining([
        ['billing', 'Billing'],
        ['customer_service', 'Customer Service'],
        ['logistics', 'Logistics'],
        ['product', 'Product'],
      ]),
    );
    const names = list.map((d) => d.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('creates a department that can then be found by id and by key', async () => {
    const created = await departments.create({ key: 'returns', name: '  Returns ' });
    expect(created).toMatchObject({ key: 'returns', name: 'Returns' });
    await expect(departments.get(created.id)).resolves.toMatchObject({ key: 'returns' });
    await expect(departments.getByKey('returns')).resolves.toMatchObject({ id: created.id });
  });

  it.each(['Returns', '1st_line', 'a', 'with-dash', 'x'.repeat(64)])('rejects key %p naming "key"', async (key) => {
    const err = await departments.create({ key, name: 'Something' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect(err).toMatchObject({ field: 'key' });
  });

  it('rejects an empty name naming "name"', async () => {
    await expect(departments.create({ key: 'empty_name', name: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'name' });
  });

  it('answers DEPARTMENT_KEY_TAKEN for a key that exists', async () => {
    await expect(departments.create({ key: 'logistics', name: 'Logistics 2' })).rejects.toBeInstanceOf(DepartmentKeyTakenError);
  });

  it('renames a department and keeps its key', async () => {
    const billing = await departments.getByKey('billing');
    await expect(departments.rename(billing.id, 'Billing & Payments')).resolves.toMatchObject({ key: 'billing', name: 'Billing & Payments' });
  });

  it('changes the SLA of a department', async () => {
    const product = await departments.getByKey('product');
    expect(product).toMatchObject({ ackSlaHours: 8, resolveSlaDays: 5 });
    await expect(departments.updateSla(product.id, { ackSlaHours: 24, resolveSlaDays: 10 })).resolves.toMatchObject({ key: 'product', ackSlaHours: 24, resolveSlaDays: 10 });
    await expect(departments.getByKey('product')).resolves.toMatchObject({ ackSlaHours: 24, resolveSlaDays: 10 });
  });

  it.each([
    [{ ackSlaHours: 0, resolveSlaDays: 5 }, 'ackSlaHours'],
    [{ ackSlaHours: 721, resolveSlaDays: 5 }, 'ackSlaHours'],
    [{ ackSlaHours: 1.5, resolveSlaDays: 5 }, 'ackSlaHours'],
    [{ ackSlaHours: 8, resolveSlaDays: 0 }, 'resolveSlaDays'],
    [{ ackSlaHours: 8, resolveSlaDays: 366 }, 'resolveSlaDays'],
  ])('refuses SLA %p naming %p', async (sla, field) => {
    const product = await departments.getByKey('product');
    await expect(departments.updateSla(product.id, sla)).rejects.toMatchObject({ code: 'INVALID_INPUT', field });
  });

  it('answers DEPARTMENT_NOT_FOUND for an unknown or malformed id', async () => {
    await expect(departments.get('7c2c1b7e-5b1a-4a4e-9d7e-2f1f8f3b9a11')).rejects.toBeInstanceOf(DepartmentNotFoundError);
    await expect(departments.get('not-a-uuid')).rejects.toBeInstanceOf(DepartmentNotFoundError);
    await expect(departments.rename('not-a-uuid', 'X')).rejects.toBeInstanceOf(DepartmentNotFoundError);
    await expect(departments.updateSla('7c2c1b7e-5b1a-4a4e-9d7e-2f1f8f3b9a11', { ackSlaHours: 8, resolveSlaDays: 5 })).rejects.toBeInstanceOf(DepartmentNotFoundError);
    await expect(departments.getByKey('nope')).rejects.toBeInstanceOf(DepartmentNotFoundError);
  });

  it('lists only the departments a scope may open', async () => {
    const logistics = await departments.getByKey('logistics');
    const all = await departments.list();
    const head = AccessScope.of({ id: 'u1', role: 'department_head', departmentId: logistics.id });
    const analyst = AccessScope.of({ id: 'u2', role: 'analyst', departmentId: null });
    const agent = AccessScope.of({ id: 'u3', role: 'retention_agent', departmentId: null });
    expect((await departments.listVisible(head)).map((d) => d.key)).toEqual(['logistics']);
    expect(await departments.listVisible(analyst)).toHaveLength(all.length);
    expect(await departments.listVisible(agent)).toEqual([]);
  });
});
