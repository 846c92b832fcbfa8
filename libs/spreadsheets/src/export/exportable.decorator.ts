import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import { ExportInterceptor, EXPORT_SPEC } from './export.interceptor';
import type { ExportSpec } from './export-spec';
import { CSV_TYPE, JSON_TYPE, XLSX_TYPE } from './media-types';

/**
 * Lets a list route answer `Accept: text/csv` or the XLSX type with every page of the same
 * filtered, scope-limited result (see ExportInterceptor); JSON stays the default. The spec
 * (`<list>.columns.ts` beside the controller) names the file, the sheet and the columns.
 */
export function Exportable<Page, Row>(spec: ExportSpec<Page, Row>): MethodDecorator {
  return applyDecorators(SetMetadata(EXPORT_SPEC, spec), UseInterceptors(ExportInterceptor), ApiProduces(JSON_TYPE, CSV_TYPE, XLSX_TYPE));
}
