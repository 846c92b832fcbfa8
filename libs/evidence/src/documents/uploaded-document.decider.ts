import { Decider, DomainCommand, conflict } from '@app/kernel';
import { streamName } from '@app/event-store';
import { requireEvidenceWriter } from './evidence-writers';
import { EVIDENCE_CATEGORY, EvidenceUploaded, UploadedDocument, UploadedDocumentState, evolveUploadedDocument } from './uploaded-document.events';

export type RecordUpload = DomainCommand<'RecordUpload', UploadedDocument>;

export const uploadedDocumentStream = (documentId: string): string => streamName(EVIDENCE_CATEGORY, documentId);

/** The document id comes from the command id, so only a replay finds the stream taken (answered by AggregateStore). */
export const uploadedDocumentDecider: Decider<UploadedDocumentState, RecordUpload, EvidenceUploaded> = {
  initialState: () => null,
  evolve: evolveUploadedDocument,
  decide(command, state) {
    requireEvidenceWriter(command.actor, command.data, 'Upload evidence');
    if (state) throw conflict('DocumentAlreadyUploaded', `Document ${state.documentId} was already uploaded`);
    return [{ type: 'EvidenceUploaded', data: command.data }];
  },
  authorize: (command) => requireEvidenceWriter(command.actor, command.data, 'Upload evidence'),
};
