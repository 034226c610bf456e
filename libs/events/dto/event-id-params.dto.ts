import { IsUUID } from 'class-validator';

export class EventIdParamsDto {
  @IsUUID()
  id!: string;
}
