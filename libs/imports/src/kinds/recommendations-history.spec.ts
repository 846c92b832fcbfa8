import { plainToInstance } from 'class-transformer';
import type { CommandMeta } from '@app/platform/commands';
import { rowCommandId } from '../validation/row-request';
import { historyBody, historyColumnOf } from './recommendations-history.columns';
import { ImportRecommendationRowCommand, issueCommandId } from './recommendations-row.command';
import { ImportRecommendationRowDto } from './recommendations-row.request.dto';
import { recommendationsTable } from './recommendations.kind';

const item = { entityCode: '64.01', unitId: 'dpmptsp', kind: 'saran_perbaikan', sourceType: 'supervision', sourceRef: 'LHP-7/2023', title: 'Publish the service standard', issuedOn: '01/03/2023', dueOn: '' };
const history = { followUpSubmittedOn: '2023-04-10', followUpSummary: 'Published', followUpDocuments: ' a1 ; b2 ;', verdict: 'Sesuai', verifiedOn: '2023-04-20', verificationNote: 'Seen at the counter' };
const meta = { commandId: 'x', correlationId: 'c', causationId: 'i', actor: { id: 'a', role: 'admin' }, issuedAt: new Date('2026-11-22T03:00:00Z') } as CommandMeta;

describe('recommendations rows with their follow-up history', () => {
  it('read no history from empty history cells, and a follow-up by letter (the default) with its documents and verification', () => {
    expect(historyBody(item)).toEqual({ body: {}, problems: [] });
    expect(historyBody({ ...item, ...history })).toEqual({
      body: {
        followUp: { summary: 'Published', submittedOn: '2023-04-10', receivedVia: 'surat', documents: [{ documentId: 'a1' }, { documentId: 'b2' }] },
        verification: { verdict: 'sesuai', verifiedOn: '2023-04-20', note: 'Seen at the counter' },
      },
      problems: [],
    });
  });

  it('refuse a follow-up without a document or a date, one claimed through the system, and a verification without its follow-up', () => {
    const fields = (cells: Record<string, string>) => historyBody(cells).problems.map((p) => [p.field, p.allowed]);
    expect(fields({ ...item, followUpSummary: 'Published', followUpSubmittedOn: '2023-04-10' })).toEqual([['followUpDocuments', expect.stringContaining('POST /v1/evidence')]]);
    expect(fields({ ...item, followUpSummary: 'Published', followUpDocuments: 'a1' })).toEqual([['followUpSubmittedOn', expect.any(String)]]);
    expect(fields({ ...item, ...history, followUpReceivedVia: 'Sistem' })).toEqual([['followUpReceivedVia', ['surat', 'rapat', 'email', 'lainnya']]]);
    expect(fields({ ...item, verdict: 'sesuai', verifiedOn: '2023-04-20', verificationNote: 'x' })).toEqual([['verdict', expect.stringContaining('follow-up')]]);
    expect(fields({ ...item, ...history, verifiedOn: '' })).toEqual([['verifiedOn', expect.any(String)]]);
  });

  it('name the history column of a field, whether the row DTO or the single command refused it', () => {
    expect(['followUp.documents.0.documentId', 'documents.1.documentId', 'submittedOn', 'followUp.summary', 'verification.note', 'verifiedOn', 'receivedVia'].map((f) => recommendationsTable.columnOf(f))).toEqual([
      'followUpDocuments',
      'followUpDocuments',
      'followUpSubmittedOn',
      'followUpSummary',
      'verificationNote',
      'verifiedOn',
      'followUpReceivedVia',
    ]);
    expect([historyColumnOf('title'), recommendationsTable.columnOf('source.ref'), recommendationsTable.columnOf('issuedOn')]).toEqual([undefined, 'sourceRef', 'issuedOn']);
  });

  it('give an item the id it had before history columns existed, with or without a history line', () => {
    const plain = recommendationsTable.toBody(item).body;
    const command = (cells: Record<string, string>) => new ImportRecommendationRowCommand(plainToInstance(ImportRecommendationRowDto, recommendationsTable.toBody(cells).body), meta, recommendationsTable);
    const before = rowCommandId(recommendationsTable, plain);
    expect(issueCommandId(command(item))).toBe(before);
    expect(issueCommandId(command({ ...item, ...history }))).toBe(before);
    expect(issueCommandId(command({ ...item, title: 'Another item' }))).not.toBe(before);
  });
});
