import { DataSource } from 'typeorm';
import { InvalidInputError } from '@feedloop/core/errors/domain-error';
import { TestApi, startTestApi } from '../../test/api';
import { customerInputs, makeCustomer } from '../../test/factories/customers';
import { CustomerNotFoundError } from './customers.errors';
import { CustomersService } from './customers.service';
import { UpsertCustomerDto } from './dto/upsert-customer.dto';

describe(CustomersService.name, () => {
  let api: TestApi;
  let db: DataSource;
  let service: CustomersService;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get(DataSource);
    service = api.app.get(CustomersService);
  });
  afterAll(() => api.close());

  describe('upsertMany', () => {
    it('returns ids in input order with created flags, across more than one chunk', async () => {
      const existing = await makeCustomer(db, { externalId: 'many-1500' });
      const inputs = customerInputs(2000, 'many') as unknown as UpsertCustomerDto[];
      const result = await service.upsertMany(inputs, 'import');
      expect(result).toHaveLength(2000);
      expect(result[1499]).toEqual({ id: existing.id, created: false });
      expect(result.filter((r) => r.created)).toHaveLength(1999);
      const ids = await service.findIdsByExternalIds(['many-1', 'many-2000']);
      expect(result[0].id).toBe(ids.get('many-1'));
      expect(result[1999].id).toBe(ids.get('many-2000'));
    });

    it('normalizes phone, e-mail and defaults itself, for inputs that never went through the HTTP pipe', async () => {
      const [{ id }] = await service.upsertMany([{ externalId: 'raw-1', phone: '601 234 571', email: ' RAW@Example.COM ' }], 'api');
      const [row] = await db.query(`SELECT phone, email, locale, time_zone FROM customers WHERE id = $1`, [id]);
      expect(row).toEqual({ phone: '+48601234571', email: 'raw@example.com', locale: 'en', time_zone: 'Europe/Warsaw' });
    });

    it('rejects repeated externalIds and invalid phones without writing anything', async () => {
      await expect(service.upsertMany([{ externalId: 'dup-1' }, { externalId: 'dup-1' }], 'api')).rejects.toBeInstanceOf(InvalidInputError);
      await expect(service.upsertMany([{ externalId: 'ok-9' }, { externalId: 'bad-9', phone: '123' }], 'api')).rejects.toThrow(
        'phone must be a valid phone number',
      );
      expect(await db.query(`SELECT 1 FROM customers WHERE external_id IN ('dup-1', 'ok-9', 'bad-9')`)).toEqual([]);
    });

    it("joins the caller's transaction when given a manager", async () => {
      await expect(
        db.transaction(async (manager) => {
          await service.upsertMany([{ externalId: 'tx-1' }], 'api', manager);
          throw new Error('caller rolls back');
        }),
      ).rejects.toThrow('caller rolls back');
      expect((await service.findIdsByExternalIds(['tx-1'])).size).toBe(0);
    });
  });

  describe('findIdsByExternalIds', () => {
    it('maps known externalIds to ids and leaves out unknown and erased customers', async () => {
      const a = await makeCustomer(db, { externalId: 'find-a' });
      const ids = await service.findIdsByExternalIds(['find-a', 'find-unknown', 'find-a']);
      expect(ids).toEqual(new Map([['find-a', a.id]]));
    });
  });

  describe('setOptOut / isOptedOut', () => {
    it('records a change once with its source and reports the new state', async () => {
      const c = await makeCustomer(db);
      expect(await service.isOptedOut(c.id, 'sms')).toBe(false);
      expect(await service.setOptOut(c.id, 'sms', true, 'sms_reply')).toBe(true);
      expect(await service.setOptOut(c.id, 'sms', true, 'sms_reply')).toBe(false);
      expect(await service.isOptedOut(c.id, 'sms')).toBe(true);
      expect(await service.isOptedOut(c.id, 'email')).toBe(false);
      expect(await db.query(`SELECT channel, opted_out, source FROM consent_changes WHERE customer_id = $1`, [c.id])).toEqual([
        { channel: 'sms', opted_out: true, source: 'sms_reply' },
      ]);
    });

    it('treats an erased customer as opted out and ignores later opt-outs', async () => {
      const c = await makeCustomer(db);
      await db.query(
        `UPDATE customers SET external_id = NULL, name = NULL, email = NULL, phone = NULL, erased_at = now() WHERE id = $1`,
        [c.id],
      );
      expect(await service.isOptedOut(c.id, 'email')).toBe(true);
      expect(await service.setOptOut(c.id, 'email', true, 'unsubscribe_link')).toBe(false);
    });

    it('throws CUSTOMER_NOT_FOUND for an unknown id', async () => {
      await expect(service.isOptedOut('00000000-0000-4000-8000-000000000000', 'email')).rejects.toBeInstanceOf(CustomerNotFoundError);
    });
  });
});
