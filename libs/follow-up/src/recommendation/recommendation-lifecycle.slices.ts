import { AcceptNotActionableHandler } from './commands/accept-not-actionable/accept-not-actionable.handler';
import { AcceptNotActionableHttpController } from './commands/accept-not-actionable/accept-not-actionable.http.controller';
import { AddActionItemHandler } from './commands/add-action-item/add-action-item.handler';
import { AddActionItemHttpController } from './commands/add-action-item/add-action-item.http.controller';
import { ApproveDeadlineExtensionHandler } from './commands/approve-extension/approve-extension.handler';
import { ApproveDeadlineExtensionHttpController } from './commands/approve-extension/approve-extension.http.controller';
import { CloseActionItemHandler } from './commands/close-action-item/close-action-item.handler';
import { CloseActionItemHttpController } from './commands/close-action-item/close-action-item.http.controller';
import { CloseRecommendationHandler } from './commands/close-recommendation/close-recommendation.handler';
import { CloseRecommendationHttpController } from './commands/close-recommendation/close-recommendation.http.controller';
import { RecordRecommendationDeadlineStepHandler } from './commands/record-deadline-step/record-deadline-step.handler';
import { RecordRecommendationEscalationHandler } from './commands/record-escalation/record-escalation.handler';
import { RecordRecommendationEscalationHttpController } from './commands/record-escalation/record-escalation.http.controller';
import { RefuseDeadlineExtensionHandler } from './commands/refuse-extension/refuse-extension.handler';
import { RefuseDeadlineExtensionHttpController } from './commands/refuse-extension/refuse-extension.http.controller';
import { RejectNotActionableHandler } from './commands/reject-not-actionable/reject-not-actionable.handler';
import { RejectNotActionableHttpController } from './commands/reject-not-actionable/reject-not-actionable.http.controller';
import { RequestDeadlineExtensionHandler } from './commands/request-extension/request-extension.handler';
import { RequestDeadlineExtensionHttpController } from './commands/request-extension/request-extension.http.controller';
import { RequestNotActionableHandler } from './commands/request-not-actionable/request-not-actionable.handler';
import { RequestNotActionableHttpController } from './commands/request-not-actionable/request-not-actionable.http.controller';
import { SubmitFollowUpHandler } from './commands/submit-follow-up/submit-follow-up.handler';
import { SubmitFollowUpHttpController } from './commands/submit-follow-up/submit-follow-up.http.controller';
import { VerifyFollowUpHandler } from './commands/verify-follow-up/verify-follow-up.handler';
import { VerifyFollowUpHttpController } from './commands/verify-follow-up/verify-follow-up.http.controller';

/** The lifecycle use cases after issuing: /v1/recommendations/{id}/… and the deadline workers' steps. */
export const RECOMMENDATION_LIFECYCLE_CONTROLLERS = [
  AddActionItemHttpController,
  CloseActionItemHttpController,
  SubmitFollowUpHttpController,
  VerifyFollowUpHttpController,
  RequestNotActionableHttpController,
  AcceptNotActionableHttpController,
  RejectNotActionableHttpController,
  RequestDeadlineExtensionHttpController,
  ApproveDeadlineExtensionHttpController,
  RefuseDeadlineExtensionHttpController,
  CloseRecommendationHttpController,
  RecordRecommendationEscalationHttpController,
];

export const RECOMMENDATION_LIFECYCLE_HANDLERS = [
  AddActionItemHandler,
  CloseActionItemHandler,
  SubmitFollowUpHandler,
  VerifyFollowUpHandler,
  RequestNotActionableHandler,
  AcceptNotActionableHandler,
  RejectNotActionableHandler,
  RequestDeadlineExtensionHandler,
  ApproveDeadlineExtensionHandler,
  RefuseDeadlineExtensionHandler,
  CloseRecommendationHandler,
  RecordRecommendationDeadlineStepHandler,
  RecordRecommendationEscalationHandler,
];
