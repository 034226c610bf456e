import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class WebhookIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}
