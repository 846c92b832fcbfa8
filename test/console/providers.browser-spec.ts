import type { Page } from 'playwright-core';
import { bearer } from '../support/api-harness';
import { type ConsoleHarness, screenshot, signIn, startConsole } from './support/console-harness';
import { seedStory, type SeededStory } from './support/seed';

jest.setTimeout(120_000);

/**
 * Opens a provider the way users do, by searching for it. (A provider code has a dot, and the API
 * currently answers a deep link such as /penyelenggara/64.09 with 404, taking ".09" for a file.)
 */
async function openProvider(page: Page, query: string, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Penyelenggara', exact: true }).click();
  await page.getByLabel('Nama atau kode').fill(query);
  await page.getByRole('button', { name: 'Cari' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, exact: true }).waitFor();
}

/** The little of a DOM row this file reads (it is compiled without the DOM's types). */
interface Row {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** Texts of a table's rows, cell by cell, as the user reads them. */
const rowsOf = (page: Page, testId: string): Promise<string[][]> =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows: Row[]) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim())));

describe('providers, compliance charts, dashboard and assessments in the console', () => {
  let harness: ConsoleHarness;
  let story: SeededStory;
  beforeAll(async () => {
    harness = await startConsole();
    story = await seedStory(harness.api);
  });
  afterAll(async () => harness?.close());

  const get = async (url: string) => (await harness.api.app.inject({ method: 'GET', url, headers: bearer(story.tokens.officer) })).json();

  it('finds Penajam Paser Utara and shows its scores 55,18 → 86,58 → 87,27 on their category and zone bands', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer, '/penyelenggara');
    await openProvider(page, 'Penajam', 'Kabupaten Penajam Paser Utara');
    expect(new URL(page.url()).pathname).toBe('/penyelenggara/64.09');

    await page.getByTestId('compliance-table').waitFor();
    const rows = await rowsOf(page, 'compliance-table');
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['2022', '55,18'],
      ['2023', '86,58'],
      ['2024', '87,27'],
    ]);
    expect(rows.map((r) => r[2])).toEqual(['C · Zona kuning', 'B · Zona hijau', 'B · Zona hijau']);
    await expect(page.getByTestId('trend').textContent()).resolves.toBe('Dari 2022 ke 2024: +32,09 poin');

    // The chart drew its line with each point labelled, and the five category bands behind it.
    const chart = page.getByRole('img', { name: /Grafik nilai kepatuhan Kabupaten Penajam Paser Utara/ });
    await chart.locator('svg').waitFor();
    const texts = await chart.locator('svg text').allTextContents();
    expect(texts).toEqual(expect.arrayContaining(['55,18', '86,58', '87,27', '2022', '2023', '2024']));
    expect(texts).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'E']));
    const bandFills = await chart.locator('svg path').evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
    for (const zone of ['#e03131', '#f08c00', '#2f9e44']) expect(bandFills).toContain(zone);

    // Officers get the actions; the open recommendations belong to Paser, so PPU has none.
    await expect(page.getByText('Tidak ada rekomendasi yang belum selesai.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Terbitkan rekomendasi' }).getAttribute('href')).resolves.toBe('/rekomendasi/baru?entity=64.09');
    await screenshot(page, 'provider-page');

    // The report for an exit meeting comes down as a file, the token in a header rather than in a link.
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan (PDF)' }).click()]);
    expect(report.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await report.createReadStream();
    const head = await new Promise<string>((resolve) => pdf.once('data', (chunk: Buffer) => resolve(chunk.subarray(0, 5).toString())));
    pdf.destroy();
    expect(head).toBe('%PDF-');

    // Paser's page lists its open recommendations, each linking to its own page.
    await openProvider(page, 'Paser', 'Kabupaten Paser');
    const overdue = page.getByRole('link', { name: 'Menampilkan standar pelayanan lengkap di loket DPMPTSP' });
    await expect(overdue.getAttribute('href')).resolves.toBe(`/rekomendasi/${story.recommendations.overdue}`);
    expect(await page.getByTestId('open-recommendations').locator('tbody tr').count()).toBe(3);
  });

  it('shows the dashboard: providers by zone for 2024 and overdue follow-ups by province', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer, '/dasbor');
    await page.getByTestId('zone-table').waitFor();
    await expect(page.getByRole('combobox', { name: 'Tahun' }).inputValue()).resolves.toBe('2024');
    const zones = await rowsOf(page, 'zone-table');
    // Columns: year, merah, kuning, hijau, total. 2024: Paser 62,40 (C, kuning), PPU 87,27 (B, hijau).
    expect(zones.find((r) => r[0] === '2024')).toEqual(['2024', '0', '1', '1', '2']);
    expect(zones.find((r) => r[0] === '2022')).toEqual(['2022', '0', '1', '0', '1']);
    const categories = await rowsOf(page, 'category-table');
    expect(categories.find((r) => r[0] === '2024')).toEqual(['2024', '0', '1', '1', '0', '0', '2']);
    await page.getByTestId('overdue-table').waitFor();
    expect(await rowsOf(page, 'overdue-table')).toEqual([
      ['Provinsi Kalimantan Timur', '1'],
      ['Jumlah', '1'],
    ]);
    expect(await page.getByRole('img', { name: /jumlah tindak lanjut terlambat per provinsi/ }).locator('svg').count()).toBe(1);
    expect((await get('/v1/follow-up/overdue/summary')).provinces).toEqual([{ province: '64', overdue: 1 }]);
    await expect(page.getByTestId('assessed').textContent()).resolves.toBe('Provinsi Kalimantan Timur · 2 penyelenggara dinilai pada 2024');
    await screenshot(page, 'dashboard');

    // An earlier year: the charts end there.
    await page.getByRole('combobox', { name: 'Tahun' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await page.getByRole('heading', { name: 'Penyelenggara per zona, 2022–2023' }).waitFor();
    expect((await rowsOf(page, 'zone-table')).map((r) => r[0])).toEqual(['2022', '2023']);

    // A liaison gets no compliance summaries from the API: no menu entry, and the page shows only their overdue items.
    const liaison = await harness.newPage();
    await signIn(liaison, story.tokens.liaison, '/dasbor');
    await liaison.getByTestId('overdue-table').waitFor();
    expect(await rowsOf(liaison, 'overdue-table')).toEqual([
      ['Provinsi 64', '1'],
      ['Jumlah', '1'],
    ]);
    expect(await liaison.getByTestId('zone-table').count()).toBe(0);
    expect(await liaison.getByTestId('problem').count()).toBe(0);
    expect(await liaison.getByRole('link', { name: 'Dasbor' }).count()).toBe(0);
  });

  it('lets an officer record a 2025 assessment, see its derived grade, and correct it with a reason', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer, '/penyelenggara');
    await openProvider(page, '64.09', 'Kabupaten Penajam Paser Utara');
    await page.getByRole('link', { name: 'Catat penilaian' }).click();
    await expect(page.getByRole('textbox', { name: 'Penyelenggara' }).inputValue()).resolves.toBe('64.09');
    // No assessment was held in 2020: the form says so, and the API's refusal is shown with the field it names.
    await page.getByLabel('Tahun penilaian').fill('2020');
    await page.getByText('Tidak ada penilaian pada tahun ini.').waitFor();
    await page.getByLabel('Nilai akhir').fill('70');
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();
    await expect(page.getByTestId('problem').textContent()).resolves.toMatch(/year|2020/);
    await page.getByLabel('Tahun penilaian').fill('2025');
    await page.getByText('Metodologi: ').waitFor();
    await page.getByLabel('Nilai akhir').fill('88,10');
    await page.getByLabel('Tanggal publikasi').fill('2025-12-09');
    await page.getByRole('button', { name: 'Tambah lokus' }).click();
    await page.getByRole('combobox', { name: 'Unit lokus 1' }).click();
    await page.getByRole('option', { name: 'DPMPTSP' }).click();
    await page.getByLabel('Nilai lokus 1').fill('90,5');
    await screenshot(page, 'assessment-form');
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();

    const success = page.getByTestId('success');
    await success.waitFor();
    await expect(success.textContent()).resolves.toContain('Penilaian 2025 tersimpan: nilai 88,10.');
    await expect(success.textContent()).resolves.toContain('A · Zona hijau');
    const recorded = await get('/v1/assessments/64.09-2025');
    expect([recorded.score, recorded.category, recorded.zone, recorded.loci]).toEqual([88.1, 'A', 'hijau', [expect.objectContaining({ unitId: 'dpmptsp', score: 90.5 })]]);

    await page.getByRole('link', { name: 'Buka penilaian' }).click();
    await page.getByRole('heading', { name: 'Penilaian 2025' }).waitFor();
    await page.getByRole('button', { name: 'Koreksi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Koreksi nilai penilaian 2025' });
    await dialog.getByLabel('Nilai baru').fill('80,45');
    await dialog.getByLabel('Alasan koreksi').fill('Variabel substantif: rekomendasi belum dilaksanakan');
    await dialog.getByRole('button', { name: 'Simpan koreksi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByTestId('score').textContent()).resolves.toBe('80,45');
    await expect(page.getByTestId('success').textContent()).resolves.toContain('Koreksi tersimpan: nilai 80,45, B · Zona hijau.');
    const history = await rowsOf(page, 'history');
    expect(history.map((r) => [r[1], r[2], r[4]])).toEqual([
      ['Dicatat', '88,10', '—'],
      ['Dikoreksi', '80,45', 'Variabel substantif: rekomendasi belum dilaksanakan'],
    ]);
    await screenshot(page, 'assessment');
    const corrected = await get('/v1/assessments/64.09-2025');
    expect([corrected.score, corrected.category, corrected.history.length]).toEqual([80.45, 'B', 2]);
  });

  it('keeps the provider page readable on a phone', async () => {
    const page = await harness.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, story.tokens.officer, '/penyelenggara');
    await page.getByRole('button', { name: 'Menu' }).click();
    await openProvider(page, 'Penajam', 'Kabupaten Penajam Paser Utara');
    await page.getByTestId('compliance-table').waitFor();
    await page.getByRole('img', { name: /Grafik nilai kepatuhan/ }).locator('svg').waitFor();
    // Nothing pushes the page sideways; wide tables scroll in their own box.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const chartBox = await page.getByRole('img', { name: /Grafik nilai kepatuhan/ }).boundingBox();
    expect(chartBox?.width).toBeLessThanOrEqual(390);
    await expect(page.getByRole('button', { name: 'Unduh laporan (PDF)' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'provider-page-phone');
  });
});
