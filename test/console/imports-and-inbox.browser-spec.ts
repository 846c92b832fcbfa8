import { nameBasedId } from '@app/event-store';
import { bearer } from '../support/api-harness';
import { waitUntil } from '../support/wait-until';
import { type ConsoleHarness, screenshot, signIn, startConsole } from './support/console-harness';
import { seedStory, type SeededStory } from './support/seed';
import { postToInbox } from './support/seed-audit-admin';

jest.setTimeout(120_000);

const HEADER = 'kode,unit,jenis,sumber,rujukan,judul,tanggal_terbit,tenggat';
const csv = (secondKind: string) =>
  Buffer.from(
    [
      HEADER,
      '64.01,dpmptsp,saran_perbaikan,assessment,assessment-64.01-2024,Menyediakan ruang laktasi di DPMPTSP,2026-11-20,',
      `64.01,dpmptsp,${secondKind},assessment,assessment-64.01-2024,Menyediakan kursi roda di loket DPMPTSP,2026-11-20,`,
    ].join('\n') + '\n',
  );

describe('imports and the inbox (real API, built console, headless Chromium)', () => {
  let harness: ConsoleHarness;
  let story: SeededStory;
  beforeAll(async () => {
    harness = await startConsole();
    story = await seedStory(harness.api);
  });
  afterAll(async () => harness?.close());

  const get = async (url: string, token: string) => (await harness.api.app.inject({ method: 'GET', url, headers: bearer(token) })).json();

  it('checks a recommendations CSV row by row, names the bad row, and imports the fixed file with its progress', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer, '/impor');
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh templat (XLSX)' }).click()]);
    expect(template.suggestedFilename()).toBe('impor-recommendations.xlsx');

    await page.locator('input[type="file"]').setInputFiles({ name: 'rekomendasi-paser.csv', mimeType: 'text/csv', buffer: csv('bukan_jenis') });
    await page.getByRole('button', { name: 'Periksa berkas (uji coba)' }).click();
    const bad = page.getByTestId('import-problems').locator('tr[data-row="3"]');
    await expect(bad.locator('td').nth(1).textContent()).resolves.toBe('jenis');
    await expect(bad.textContent()).resolves.toContain('saran_perbaikan, tindakan_korektif, rekomendasi');
    await expect(page.getByTestId('import-problems').locator('tr[data-row="2"]').count()).resolves.toBe(0);
    await expect(page.getByTestId('import-bad').textContent()).resolves.toContain('1 baris bermasalah');
    await screenshot(page, 'import-dry-run');

    await page.locator('input[type="file"]').setInputFiles({ name: 'rekomendasi-paser-perbaikan.csv', mimeType: 'text/csv', buffer: csv('tindakan_korektif') });
    await page.getByRole('button', { name: 'Periksa berkas (uji coba)' }).click();
    await page.getByTestId('import-ok').waitFor();
    await page.getByRole('button', { name: 'Impor 2 baris' }).click();
    await page.locator('[data-testid="import-progress"][data-status="done"]').waitFor();
    await expect(page.getByTestId('import-done').textContent()).resolves.toBe('Impor selesai: 2 baris baru ditulis, 0 sudah ada sebelumnya.');
    await waitUntil(async () => {
      const listed = JSON.stringify(await get('/v1/recommendations?entity=64.01&limit=50', story.tokens.officer));
      return listed.includes('Menyediakan ruang laktasi di DPMPTSP') && listed.includes('Menyediakan kursi roda di loket DPMPTSP');
    }, 'the imported recommendations in the list');
  });

  it('lists my notifications unread first, and the header badge counts down as I mark them read', async () => {
    const subject = `recommendation-${story.recommendations.overdue}`;
    const ids = ['reminder', 'overdue'].map((n) => nameBasedId(`console-inbox:${n}`));
    await postToInbox(harness.api, 'budi', [
      { id: ids[0], subjectStream: subject, title: 'Pengingat: standar pelayanan jatuh tempo 30 Okt 2026', text: 'Tenggat tindak lanjut tinggal 7 hari kerja.', at: '2026-10-21T00:00:00.000Z' },
      { id: ids[1], subjectStream: subject, title: 'Terlambat: standar pelayanan melewati tenggat 30 Okt 2026', text: 'Rekomendasi belum ditindaklanjuti.', at: '2026-10-30T16:00:00.000Z' },
    ]);
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer, '/notifikasi');
    const badge = page.getByTestId('unread');
    await page.locator('[data-testid="unread"][aria-label="Notifikasi: 2"]').waitFor();
    const unread = page.getByTestId('inbox-unread').getByTestId('notification');
    await expect(unread.count()).resolves.toBe(2);
    await expect(unread.first().textContent()).resolves.toContain('Terlambat: standar pelayanan');
    await expect(unread.first().getByRole('link', { name: 'Buka catatan' }).getAttribute('href')).resolves.toBe(`/rekomendasi/${story.recommendations.overdue}`);

    await page.getByRole('button', { name: 'Tandai sudah dibaca: Terlambat: standar pelayanan melewati tenggat 30 Okt 2026' }).click();
    await page.locator('[data-testid="unread"][aria-label="Notifikasi: 1"]').waitFor();
    await page.getByTestId('inbox-read').getByText('Terlambat: standar pelayanan melewati tenggat 30 Okt 2026').waitFor();
    expect(await get('/v1/me/notifications', story.tokens.officer)).toMatchObject({ total: 2, unread: 1 });
    await screenshot(page, 'inbox');

    await page.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
    await page.locator('[data-testid="unread"][aria-label="Notifikasi: 0"]').waitFor();
    await expect(badge.textContent()).resolves.toContain('0');
    expect(await get('/v1/me/notifications', story.tokens.officer)).toMatchObject({ total: 2, unread: 0 });
  });

  it('reads on a phone: the inbox fits the screen width', async () => {
    const page = await harness.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, story.tokens.officer, '/notifikasi');
    await page.getByTestId('notification').first().waitFor();
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
  });
});
