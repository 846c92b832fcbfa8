import PDFDocument from 'pdfkit';
import { csvCell } from '../export/cells';
import type { Column } from '../export/columns';
import { HISTORY_COLUMNS, OPEN_COLUMNS, OVERDUE_COLUMNS, REPORT_SHEETS } from './provider-report.columns';
import type { ProviderReport } from './provider-report';

const MARGIN = 40;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const SIZE = 8;

/**
 * The report as an A4 landscape PDF in the standard Helvetica fonts (nothing is loaded at run
 * time): a heading, then the three tables, each header repeated on a new page. Cells read as in
 * the CSV (ISO dates, two-decimal scores). `at` is the document's creation date, so the same
 * report read at the same instant is the same file.
 */
export function renderReportPdf(report: ProviderReport, at: Date): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: `Rapor ${report.entityName} (${report.entityCode})`, Author: 'Ombudsman Republik Indonesia', CreationDate: at, ModDate: at },
  });
  doc.font(BOLD).fontSize(15).text('Rapor penyelenggara pelayanan publik');
  doc.font(FONT).fontSize(10).moveDown(0.3);
  doc.text(`${report.entityName} (${report.entityCode}) — ${report.kind}${report.provinceCode ? `, provinsi ${report.provinceCode}` : ''}`);
  doc.text(`Keadaan per ${report.at.slice(0, 10)} (${report.at} UTC)`);
  section(doc, REPORT_SHEETS.history, HISTORY_COLUMNS, report.compliance, 'Belum ada hasil penilaian kepatuhan.');
  section(doc, REPORT_SHEETS.open, OPEN_COLUMNS, report.openRecommendations, 'Tidak ada rekomendasi terbuka.');
  section(doc, REPORT_SHEETS.overdue, OVERDUE_COLUMNS, report.overdue, 'Tidak ada tindak lanjut yang terlambat.');
  doc.end();
  return doc;
}

function section<Row>(doc: PDFKit.PDFDocument, title: string, columns: readonly Column<Row>[], rows: readonly Row[], empty: string): void {
  doc.moveDown(1).font(BOLD).fontSize(12).text(title, MARGIN);
  doc.moveDown(0.3);
  if (rows.length === 0) {
    doc.font(FONT).fontSize(10).text(empty, MARGIN);
    return;
  }
  const width = doc.page.width - 2 * MARGIN;
  const total = columns.reduce((sum, c) => sum + (c.width ?? 12), 0);
  const widths = columns.map((c) => ((c.width ?? 12) / total) * width);
  const line = (cells: string[], font: string) => {
    doc.font(font).fontSize(SIZE);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 4 }))) + 4;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (font === FONT) line(columns.map((c) => c.header), BOLD);
      doc.font(font).fontSize(SIZE);
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(cell, x + 2, top + 2, { width: widths[i] - 4 });
      x += widths[i];
    });
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).lineWidth(0.3).stroke('#999999');
    doc.y = top + height;
  };
  line(columns.map((c) => c.header), BOLD);
  // The PDF is read, not re-imported: cells show as in the CSV, without its formula escaping.
  for (const row of rows) line(columns.map((c) => csvCell(c.kind, c.value(row)).replace(/^'(?=[=+\-@\t\r])/, '')), FONT);
  doc.x = MARGIN;
}
