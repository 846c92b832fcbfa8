import { Controller, Get, Header, Headers, Inject, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/kernel';
import { CurrentActor } from '@app/platform/auth';
import { CLOCK, type Clock } from '@app/platform/clock';
import { ApiQuery } from '@app/platform/http';
import { ApiReadOptions, READ_OPTION_NAMES, badQuery, onlyKnown, readOptionsOf, type RawQuery } from '@app/platform/read-query';
import { exportProblem } from '../export/exportable.decorator';
import { attachment, exportFileName } from '../export/file-name';
import { PDF_TYPE, XLSX_TYPE } from '../export/media-types';
import { notAcceptable, preferredType } from '../export/negotiate';
import { spooled } from '../export/spooled-file';
import { ProviderReportReader } from './provider-report.reader';
import { renderReportPdf } from './report-pdf';
import { writeReportXlsx } from './report-xlsx';

/** PDF first: without an Accept header (a link in a browser) the report opens as a document. */
const OFFERS = [PDF_TYPE, XLSX_TYPE] as const;
const CODE = /^[\x21-\x7e]{1,100}$/;

@ApiTags('reports')
@Controller('v1/entities')
export class ProviderReportHttpController {
  constructor(
    private readonly reader: ProviderReportReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':code/report')
  // The format follows Accept: caches must not hand a PDF to a client that asked for XLSX.
  @Header('Vary', 'Accept')
  @ApiOperation({
    summary: "A provider's report card for an exit meeting: compliance history, open recommendations, overdue items",
    description: 'Accept: application/pdf (default) or the XLSX type (three sheets). Readable by whoever may read the provider; 406 for any other Accept.',
  })
  @ApiParam({ name: 'code', description: 'Provider code', example: '64.01' })
  @ApiReadOptions()
  @ApiProduces(PDF_TYPE, XLSX_TYPE)
  @exportProblem(406, 'The Accept header allows neither application/pdf nor the XLSX type')
  @ApiQuery({ description: 'The report as PDF or XLSX' })
  async report(@Param('code') code: string, @CurrentActor() actor: Actor, @Query() query: RawQuery, @Headers('accept') accept?: string): Promise<StreamableFile> {
    onlyKnown(query, READ_OPTION_NAMES);
    const type = preferredType(accept, OFFERS);
    if (type === undefined) throw notAcceptable(accept, OFFERS);
    if (!CODE.test(code)) throw badQuery('code', code, 'a provider code, e.g. 64.01');
    const report = await this.reader.read(code, actor, readOptionsOf(query));
    const now = this.clock.now();
    const disposition = attachment(exportFileName(`rapor-${code}`, now, type === PDF_TYPE ? 'pdf' : 'xlsx'));
    if (type === PDF_TYPE) return new StreamableFile(renderReportPdf(report, now), { type: PDF_TYPE, disposition });
    return spooled((path) => writeReportXlsx(path, report), { type: XLSX_TYPE, disposition });
  }
}
