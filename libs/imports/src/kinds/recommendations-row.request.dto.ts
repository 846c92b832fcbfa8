import { IssueRecommendationRequestDto, SubmitFollowUpRequestDto, VerifyFollowUpRequestDto } from '@app/follow-up';
import { IsOptionalField, NestedObject } from '@app/platform/http';

/**
 * A recommendations row: the single IssueRecommendation request, plus — for an item brought in
 * with its history — the follow-up it received and the officer's verification of it, each the
 * body of its own single request (POST …/follow-ups, POST …/follow-ups/{id}/verify), so a row
 * is validated by exactly the rules those requests are.
 */
export class ImportRecommendationRowDto extends IssueRecommendationRequestDto {
  @IsOptionalField()
  @NestedObject(() => SubmitFollowUpRequestDto)
  followUp?: SubmitFollowUpRequestDto;

  @IsOptionalField()
  @NestedObject(() => VerifyFollowUpRequestDto)
  verification?: VerifyFollowUpRequestDto;
}
