import { ApiProperty } from '@nestjs/swagger';
import { CUSTOMER_LOCALES, CustomerLocale } from './upsert-customer.dto';
import type { CustomerAttributes } from './customer-field.validators';

export class ChannelConsentDto {
  @ApiProperty({ description: 'true: no surveys are sent on this channel.' })
  optedOut!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the opt-out state last changed; null if never.' })
  changedAt!: string | null;
}

export class CustomerConsentDto {
  @ApiProperty({ type: () => ChannelConsentDto }) email!: ChannelConsentDto;
  @ApiProperty({ type: () => ChannelConsentDto }) sms!: ChannelConsentDto;
}

export class CustomerResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'c-1' }) externalId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Anna Nowak' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'anna@example.com' }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'E.164', example: '+48601234567' }) phone!: string | null;
  @ApiProperty({ enum: CUSTOMER_LOCALES }) locale!: CustomerLocale;
  @ApiProperty({ example: 'Europe/Warsaw' }) timeZone!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { plan: 'pro' } }) attributes!: CustomerAttributes;
  @ApiProperty({ type: () => CustomerConsentDto }) consent!: CustomerConsentDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CustomerPageDto {
  @ApiProperty({ type: () => [CustomerResponseDto] }) items!: CustomerResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}

export class ErasedCustomerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
}
