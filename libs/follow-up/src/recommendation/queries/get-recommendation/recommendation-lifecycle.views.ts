import { ApiProperty } from '@nestjs/swagger';
import {
  CLOSURE_KINDS,
  ClosureKind,
  EXTENSION_OUTCOMES,
  ExtensionOutcome,
  NOT_ACTIONABLE_OUTCOMES,
  NotActionableOutcome,
  RECEIVED_VIA,
  ReceivedVia,
  VERDICTS,
  Verdict,
} from '../../domain/recommendation.vocabulary';

export class ActionItemClosureView {
  @ApiProperty({ example: '2025-06-02', format: 'date' })
  closedOn!: string;
  @ApiProperty({ example: 'Standard displayed at the counter' })
  note!: string;
}

export class ActionItemView {
  @ApiProperty({ example: '1f0e6f5b-6a3c-5d2e-8b7a-9c0d1e2f3a4b' })
  itemId!: string;
  @ApiProperty({ example: 'dpmptsp' })
  unitId!: string;
  @ApiProperty({ example: 'Display the complete service standard at the counter' })
  title!: string;
  @ApiProperty({ example: '2025-07-15', format: 'date' })
  dueOn!: string;
  @ApiProperty({ example: '2025-07-15T16:00:00.000Z', description: "End of dueOn in the provider's time zone" })
  dueAt!: string;
  @ApiProperty({ example: '2025-06-02', format: 'date', description: 'When the item was set (business date); the issue date for items recorded before it was kept' })
  addedOn!: string;
  @ApiProperty({ type: ActionItemClosureView, nullable: true, description: 'Null while open' })
  closed!: ActionItemClosureView | null;
}

export class EvidenceDocumentView {
  @ApiProperty({ example: '5e6f7a8b-9c0d-5e1f-8a2b-3c4d5e6f7a8b' })
  documentId!: string;
  @ApiProperty({ example: 'SK-Bupati-Paser-standar-pelayanan-DPMPTSP.pdf' })
  name!: string;
  @ApiProperty({ example: 'application/pdf' })
  mediaType!: string;
  @ApiProperty({ example: 48213, description: 'Bytes, measured when received' })
  size!: number;
  @ApiProperty({ example: '9f2b5c0e6f3d4a1b8c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b', description: 'SHA-256 (hex) of the bytes received' })
  sha256!: string;
  @ApiProperty({ example: '9f/9f2b5c0e6f3d4a1b8c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b', description: 'Where the evidence store keeps the bytes' })
  storageKey!: string;
}

export class VerificationView {
  @ApiProperty({ enum: VERDICTS, example: 'sesuai' })
  verdict!: Verdict;
  @ApiProperty({ example: 'Verified on site' })
  note!: string;
  @ApiProperty({ example: '2025-06-03', format: 'date' })
  verifiedOn!: string;
}

export class FollowUpView {
  @ApiProperty({ example: '7d1c2b3a-4e5f-5a6b-8c7d-9e0f1a2b3c4d' })
  followUpId!: string;
  @ApiProperty({ example: '1f0e6f5b-6a3c-5d2e-8b7a-9c0d1e2f3a4b', nullable: true, type: String, description: 'Null for the recommendation as a whole' })
  itemId!: string | null;
  @ApiProperty({ example: 'Standard adopted by decree and displayed' })
  summary!: string;
  @ApiProperty({ type: [EvidenceDocumentView] })
  evidence!: EvidenceDocumentView[];
  @ApiProperty({ example: '2025-06-02', format: 'date', description: 'When it was made or received (business date, e.g. the date of the letter)' })
  submittedOn!: string;
  @ApiProperty({
    enum: RECEIVED_VIA,
    example: 'sistem',
    description: 'sistem: submitted here by the liaison; surat (letter), rapat (meeting), email, lainnya (other): received outside the system and recorded by an officer on the provider\'s behalf',
  })
  receivedVia!: ReceivedVia;
  @ApiProperty({ example: '700/123/Org/2023', nullable: true, type: String, description: 'Reference number of the letter it came with, when recorded' })
  letterNumber!: string | null;
  @ApiProperty({ type: VerificationView, nullable: true, description: 'Null until an officer verifies it' })
  verification!: VerificationView | null;
}

export class DecisionView {
  @ApiProperty({ example: 'Flood damage confirmed by BPBD' })
  note!: string;
  @ApiProperty({ example: '2025-06-05', format: 'date' })
  decidedOn!: string;
}

export class NotActionableRequestView {
  @ApiProperty({ example: 'The DPMPTSP building was destroyed by the flood' })
  reason!: string;
  @ApiProperty({ example: '2025-06-02', format: 'date' })
  requestedOn!: string;
  @ApiProperty({ enum: NOT_ACTIONABLE_OUTCOMES, example: 'pending' })
  outcome!: NotActionableOutcome;
  @ApiProperty({ type: DecisionView, nullable: true })
  decision!: DecisionView | null;
}

export class ExtensionDecisionView extends DecisionView {
  @ApiProperty({ example: 2, nullable: true, type: Number, description: 'The deadline version an approval created; null when refused' })
  deadlineVersion!: number | null;
}

export class ExtensionRequestView {
  @ApiProperty({ example: '3c4d5e6f-7a8b-5c9d-8e0f-1a2b3c4d5e6f' })
  requestId!: string;
  @ApiProperty({ example: '2025-09-30', format: 'date' })
  proposedDueOn!: string;
  @ApiProperty({ example: 'Budget revision needed' })
  reason!: string;
  @ApiProperty({ example: '2025-06-02', format: 'date' })
  requestedOn!: string;
  @ApiProperty({ enum: EXTENSION_OUTCOMES, example: 'approved' })
  outcome!: ExtensionOutcome;
  @ApiProperty({ type: ExtensionDecisionView, nullable: true })
  decision!: ExtensionDecisionView | null;
}

export class ClosureView {
  @ApiProperty({ enum: CLOSURE_KINDS, example: 'verified', description: 'verified: sesuai; not_actionable: accepted tidak_dapat_ditindaklanjuti; administrative: closed by an officer' })
  kind!: ClosureKind;
  @ApiProperty({ example: '2025-06-03', format: 'date' })
  closedOn!: string;
  @ApiProperty({ example: 'follow-up verified sesuai' })
  reason!: string;
}
