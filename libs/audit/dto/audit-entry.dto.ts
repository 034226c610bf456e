import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@feedloop/core/http/page-query.dto';
import { DateRule, IsIsoDate } from '@feedloop/core/http/date-param';
import { UUID, blankAsUndefined } from '@feedloop/core/validation';
import { ACTOR_KINDS } from '../audit-entry.entity';

const ANY_DATE: DateRule = { dateOnly: true, offsetRequired: false };

/** The filters of the audit log, for the API and the dashboard page alike. */
export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'A user\'s or API key\'s id, or `cli` / `system`' })
  @Transform(blankAsUndefined)
  @IsOptional()
  @IsString()
  @ValidateIf((_, v: string) => !(ACTOR_KINDS as readonly string[]).includes(v))
  @Matches(UUID, { message: 'actor must be the id of a user or an API key, or one of: cli, system' })
  actor?: string;

  @ApiPropertyOptional({ example: 'user.', description: 'Actions starting with this text: `user.` for every change of users, `feedback_item.rerouted` for one action' })
  @Transform(blankAsUndefined)
  @IsOptional()
  @Matches(/^[a-z_]{1,40}(\.[a-z_]{0,40})?$/, { message: 'action must be an action or its beginning, such as user. or feedback_item.rerouted' })
  action?: string;

  @ApiPropertyOptional({ example: 'department' })
  @Transform(blankAsUndefined)
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: 'entityType must be an entity type such as user or feedback_item' })
  entityType?: string;

  @ApiPropertyOptional({ description: 'Id (or key) of the changed entity' })
  @Transform(blankAsUndefined)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  entityId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'At or after' })
  @Transform(blankAsUndefined)
  @IsOptional()
  @IsIsoDate(ANY_DATE, (p) => `${p} must be an ISO 8601 date or date-time`)
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before' })
  @Transform(blankAsUndefined)
  @IsOptional()
  @IsIsoDate(ANY_DATE, (p) => `${p} must be an ISO 8601 date or date-time`)
  to?: string;
}

export class AuditActorDto {
  @ApiProperty({ enum: ACTOR_KINDS }) kind!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) userId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) apiKeyId!: string | null;
  @ApiProperty({ description: 'Name and e-mail of the user, or the API key\'s name, as they were at the time' }) label!: string;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: () => AuditActorDto }) actor!: AuditActorDto;
  @ApiProperty({ example: 'department.updated' }) action!: string;
  @ApiProperty({ example: 'department' }) entityType!: string;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: 'The entity before the change (secrets redacted); null when it was created' })
  before!: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true, description: 'The entity after the change (secrets redacted); null when it was deleted' })
  after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: String, nullable: true }) clientAddress!: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: () => AuditEntryDto, isArray: true }) items!: AuditEntryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}
