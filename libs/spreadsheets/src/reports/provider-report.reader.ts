import { Inject, Injectable } from '@nestjs/common';
import { COMPLIANCE_GRADING, COMPLIANCE_READ_MODEL, entityCompliance, type ComplianceEntry, type ComplianceGrading } from '@app/assessments';
import { RECOMMENDATIONS_READ_MODEL, listItems, overdueQueue, type FollowUpItemView, type ItemPage } from '@app/follow-up';
import { DomainError, type Actor } from '@app/kernel';
import { AggregateStore } from '@app/platform/commands';
import { ReadModelGate, readScopeOf, type ReadOptions, type ReadScope, type ReadSource } from '@app/platform/read-query';
import { loadVisibleProvider } from '@app/registry';
import { tooManyRows } from '../export/export.interceptor';
import { EXPORT_LIMITS, type ExportLimits } from '../export/export-limits';
import type { ProviderReport } from './provider-report';

const PAGE = 500;

/**
 * Gathers a provider's report from the reads the lists use — the registry's visibility check
 * first (404 unknown, 403 outside the caller's scope, exactly as reading the provider), then
 * the compliance history and the follow-up lists through the same read-model gate, scope and
 * query functions as GET /v1/entities/{code}/compliance, /v1/recommendations and
 * /v1/follow-up/overdue.
 */
@Injectable()
export class ProviderReportReader {
  constructor(
    private readonly aggregates: AggregateStore,
    private readonly gate: ReadModelGate,
    @Inject(COMPLIANCE_GRADING) private readonly grading: ComplianceGrading,
    @Inject(EXPORT_LIMITS) private readonly limits: ExportLimits,
  ) {}

  async read(code: string, actor: Actor, options: ReadOptions): Promise<ProviderReport> {
    const provider = await loadVisibleProvider(this.aggregates, code, actor);
    const scope = readScopeOf(actor);
    const compliance = await this.history(code, scope, actor, options);
    const { at, items: open } = await this.gate.read(RECOMMENDATIONS_READ_MODEL, actor, options, (source) =>
      this.all(source, (cursor) => listItems(source, scope, { entity: code, open: true, cursor, limit: PAGE })),
    );
    const { items: overdue } = await this.gate.read(RECOMMENDATIONS_READ_MODEL, actor, options, (source) =>
      this.all(source, (cursor) => overdueQueue(source, scope, { entity: code, cursor, limit: PAGE })),
    );
    return {
      entityCode: provider.code,
      entityName: provider.name,
      kind: provider.kind,
      provinceCode: provider.jurisdiction.provinceCode ?? null,
      at,
      compliance,
      openRecommendations: open.filter((item) => item.subject === 'recommendation'),
      overdue: overdue.sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0)),
    };
  }

  /** A provider never assessed has no history yet, which the report shows as such rather than as a 404. */
  private async history(code: string, scope: ReadScope, actor: Actor, options: ReadOptions): Promise<ComplianceEntry[]> {
    try {
      const history = await this.gate.read(COMPLIANCE_READ_MODEL, actor, options, (source) => entityCompliance(source, scope, code, this.grading));
      return history.years;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'EntityNotFound') return [];
      throw error;
    }
  }

  /** Every page of a list, within the export row cap. */
  private async all(source: ReadSource, page: (cursor: string | undefined) => Promise<ItemPage<FollowUpItemView>>): Promise<{ at: string; items: FollowUpItemView[] }> {
    const items: FollowUpItemView[] = [];
    let cursor: string | undefined;
    let at = source.now.toISOString();
    for (;;) {
      const answer = await page(cursor);
      at = answer.at;
      items.push(...answer.items);
      if (items.length > this.limits.maxRows) throw tooManyRows(this.limits.maxRows);
      if (answer.nextCursor === null || answer.nextCursor === cursor) return { at, items };
      cursor = answer.nextCursor;
    }
  }
}
