import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiProduces, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetailsDto } from '@app/platform/http';
import { ExportInterceptor, EXPORT_SPEC } from './export.interceptor';
import type { ExportSpec } from './export-spec';
import { CSV_TYPE, JSON_TYPE, XLSX_TYPE } from './media-types';

/**
 * Lets a list route answer `Accept: text/csv` or the XLSX type with every page of the same
 * filtered, scope-limited result (see ExportInterceptor); JSON stays the default. The spec
 * (`<list>.columns.ts` beside the controller) names the file, the sheet and the columns.
 */
export function Exportable<Page, Row>(spec: ExportSpec<Page, Row>): MethodDecorator {
  return applyDecorators(
    SetMetadata(EXPORT_SPEC, spec),
    UseInterceptors(ExportInterceptor),
    ApiProduces(JSON_TYPE, CSV_TYPE, XLSX_TYPE),
    exportProblem(406, 'The Accept header allows none of application/json, text/csv and the XLSX type'),
    exportProblem(413, 'The export would hold more rows than EXPORT_MAX_ROWS (default 100,000): narrow it with filters'),
  );
}

export const exportProblem = (status: number, description: string) =>
  ApiResponse({ status, description, content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } } });
