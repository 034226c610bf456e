import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ImportRowResultDto {
  @ApiProperty({ description: '1-based number of the data row (array element, or CSV line after the header).' })
  row!: number;

  @ApiProperty({ type: String, nullable: true }) externalId!: string | null;

  @ApiProperty({ enum: ['created', 'updated', 'rejected'] }) status!: 'created' | 'updated' | 'rejected';

  @ApiPropertyOptional({ format: 'uuid' }) id?: string;

  @ApiPropertyOptional({ type: [String], example: ['phone must be a valid phone number'] }) errors?: string[];
}

export class ImportResultDto {
  @ApiProperty() total!: number;
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({ type: () => [ImportRowResultDto] }) rows!: ImportRowResultDto[];
}
