import { ApiProperty } from '@nestjs/swagger';

export class ModelInfoDto {
  @ApiProperty() version: string;
  @ApiProperty({ nullable: true }) trainedAt: string | null;
  @ApiProperty() exampleCount: number;
  @ApiProperty() correctionCount: number;
  @ApiProperty({ description: 'Corrections stored since the active model was trained' }) pendingCorrections: number;
}
