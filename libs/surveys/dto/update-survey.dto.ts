import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateSurveyDto } from './create-survey.dto';

/**
 * Omitted properties keep their value. The metric is fixed once invitations
 * may carry score links of its scale; status changes through pause/resume.
 */
export class UpdateSurveyDto extends PartialType(OmitType(CreateSurveyDto, ['metric', 'status'] as const), {
  // null must still be validated: it means "none" for some fields and is an error for the others.
  skipNullProperties: false,
}) {}
