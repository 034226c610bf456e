import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsOmittable } from './customer-field.validators';
import { UpsertCustomerDto } from './upsert-customer.dto';

/** Partial update by id: omitted properties keep their value. */
export class UpdateCustomerDto extends OmitType(UpsertCustomerDto, ['externalId'] as const) {
  @ApiPropertyOptional({ description: "Re-keys the customer to a new id of the caller's system.", minLength: 1, maxLength: 200 })
  @IsOmittable()
  @IsString()
  @Length(1, 200)
  externalId?: string;
}
