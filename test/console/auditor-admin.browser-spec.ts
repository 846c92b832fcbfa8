import { bearer } from '../support/api-harness';
import { type ConsoleHarness, screenshot, signIn, startConsole } from './support/console-harness';
import { seedStory, type SeededStory } from './support/seed';
import { tamperWithEvent, verifyAwaitingLater } from './support/seed-audit-admin';

jest.setTimeout(120_000);

describe('auditor and admin pages (real API, built console, headless Chromium)', () => {
  let harness: ConsoleHarness;
  let story: SeededStory;
  beforeAll(async () => {
    harness = await startConsole();
    story = await seedStory(harness.api);
    await verifyAwaitingLater(harness.api, story);
  });
  afterAll(async () => harness?.close());

  const get = async (url: string, token: string) => (await harness.api.app.inject({ method: 'GET', url, headers: bearer(token) })).json();

  it("shows a recommendation's history with actor and both times, its state as of an earlier date, and an intact chain", async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.auditor, '/audit');
    await page.getByLabel('ID rekomendasi').fill(story.recommendations.awaiting);
    await page.getByRole('button', { name: 'Tampilkan' }).click();

    const stream = `recommendation-${story.recommendations.awaiting}`;
    // A deep link: the record is in the address.
    await page.waitForURL((url) => url.searchParams.get('stream') === stream);
    const events = page.getByTestId('audit-event');
    await expect(events.first().getAttribute('data-type')).resolves.toBe('RecommendationIssued');
    const stored = await get(`/v1/audit/streams/${stream}/events`, story.tokens.auditor);
    await expect(events.count()).resolves.toBe(stored.events.length);
    const last = events.last();
    await expect(last.getByTestId('audit-actor').textContent()).resolves.toBe('Pelaku: budi (officer)');
    await expect(last.getByTestId('audit-occurred').textContent()).resolves.toMatch(/^Waktu kejadian: 25 Nov 2026 10[.:]00 WIB$/);
    await expect(last.getByTestId('audit-recorded').textContent()).resolves.toMatch(/^Waktu dicatat: 25 Nov 2026 10[.:]00 WIB · posisi log \d+$/);
    await page.getByText('Pelaku: siti (liaison)').first().waitFor();
    await last.getByText('Lihat data peristiwa').click();
    await expect(last.locator('pre').textContent()).resolves.toContain('"fulfilledOn": "2026-11-25"');
    await screenshot(page, 'audit-timeline');

    // As recorded by the end of 24 Nov the follow-up still awaited verification; today it is sesuai.
    await page.getByRole('tab', { name: 'Keadaan pada tanggal' }).click();
    await page.getByLabel('Tanggal', { exact: true }).fill('2026-11-24');
    const status = page.locator('tr[data-field="status"]');
    await expect(status.getByTestId('state-then').textContent()).resolves.toBe('menunggu_verifikasi');
    await expect(status.getByTestId('state-now').textContent()).resolves.toBe('sesuai');
    const asOf = await get(`/v1/recommendations/${story.recommendations.awaiting}?asOf=2026-11-24`, story.tokens.auditor);
    expect(asOf.status).toBe('menunggu_verifikasi');

    // Issued on 1 Oct but entered on 23 Nov: in business time it existed on 2 Oct, in recording time it did not yet.
    await page.getByLabel('Tanggal', { exact: true }).fill('2026-10-02');
    await page.getByText('Catatan ini belum ada pada 2 Okt 2026.').waitFor();
    await page.getByText('Waktu kejadian', { exact: true }).click();
    await expect(status.getByTestId('state-then').textContent()).resolves.toBe('belum_ditindaklanjuti');
    await expect(page.getByText('Catatan ini belum ada pada 2 Okt 2026.').count()).resolves.toBe(0);

    await page.getByRole('tab', { name: 'Verifikasi rantai hash' }).click();
    await page.getByRole('button', { name: 'Verifikasi rantai hash catatan ini' }).click();
    const verdict = page.getByTestId('chain-verdict');
    await expect(verdict.getAttribute('data-ok')).resolves.toBe('true');
    await expect(verdict.textContent()).resolves.toContain('Rantai hash utuh');
    await page.getByRole('button', { name: 'Verifikasi seluruh log' }).click();
    await expect(page.getByTestId('log-verdict').getAttribute('data-ok')).resolves.toBe('true');
  });

  it('names the first broken link, with what was expected and what was found, after an event is altered in the store', async () => {
    const stream = `recommendation-${story.recommendations.dueSoon}`;
    const eventId = tamperWithEvent(harness.api, stream, 0, (data) => ({ ...data, title: 'Judul yang diubah diam-diam' }));
    const page = await harness.newPage();
    await signIn(page, story.tokens.auditor, `/audit?stream=${stream}&view=chain`);
    await page.getByRole('button', { name: 'Verifikasi rantai hash catatan ini' }).click();
    const verdict = page.getByTestId('chain-verdict');
    await expect(verdict.getAttribute('data-ok')).resolves.toBe('false');
    await expect(verdict.getByTestId('broken-at').textContent()).resolves.toBe(`Tautan pertama yang putus: revisi 0 (peristiwa ${eventId}).`);
    await expect(verdict.textContent()).resolves.toContain('diubah setelah dicatat');
    const api = await get(`/v1/audit/streams/${stream}/verify`, story.tokens.auditor);
    expect(api).toMatchObject({ ok: false, brokenAt: { revision: 0, eventId, reason: 'hash_mismatch' } });
    await expect(verdict.getByTestId('chain-expected').textContent()).resolves.toBe(api.brokenAt.expected);
    await expect(verdict.getByTestId('chain-found').textContent()).resolves.toBe(api.brokenAt.actual);

    await page.getByRole('button', { name: 'Verifikasi seluruh log' }).click();
    const log = page.getByTestId('log-verdict');
    await expect(log.getAttribute('data-ok')).resolves.toBe('false');
    await expect(log.getByRole('link', { name: stream }).count()).resolves.toBe(1);
    await screenshot(page, 'chain-verification');

    // The provider's timeline spans its streams; each event links to its own record's history.
    await page.getByRole('textbox', { name: /^ID rekomendasi/ }).waitFor();
    await page.getByRole('combobox', { name: 'Jenis catatan' }).click();
    await page.getByRole('option', { name: 'Penyelenggara' }).click();
    await page.getByRole('textbox', { name: /^Kode penyelenggara/ }).fill('64.01');
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    const timeline = page.getByTestId('provider-timeline');
    await timeline.getByRole('link', { name: 'entity-64.01' }).first().waitFor();
    await expect(timeline.getByRole('link', { name: stream }).count()).resolves.toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('provider')).toBe('64.01');
  });

  it('lets an admin take over a year, add a holiday, rebuild a projection, see failed notifications and open the queue dashboard', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.admin, '/admin');
    await page.getByLabel('Tahun').fill('2026');
    await expect(page.getByTestId('provenance').textContent()).resolves.toBe('SKB (bawaan)');
    await page.getByRole('button', { name: 'Kelola kalender 2026' }).click();
    const seed = page.getByRole('dialog');
    await seed.getByLabel('Dasar pengambilalihan (mis. SKB yang dicocokkan)').fill('Dicocokkan dengan SKB 1497/2025');
    await seed.getByRole('button', { name: 'Kelola kalender 2026' }).click();
    await page.getByTestId('done').filter({ hasText: 'Kalender 2026 kini dikelola admin.' }).waitFor();
    await page.getByTestId('provenance').filter({ hasText: 'Dikelola admin' }).waitFor();

    const add = page.getByRole('form', { name: 'Tambah hari libur' });
    await add.getByLabel(/^Tanggal/).fill('2026-12-28');
    await add.getByLabel(/^Nama/).fill('Cuti bersama tambahan akhir tahun');
    await add.getByRole('combobox', { name: 'Jenis' }).click();
    await page.getByRole('option', { name: 'Cuti bersama' }).click();
    await add.getByRole('button', { name: 'Tambah', exact: true }).click();
    await page.getByTestId('done').filter({ hasText: 'Cuti bersama tambahan akhir tahun (28 Des 2026) ditambahkan.' }).waitFor();
    await page.getByTestId('collective-leave').locator('tr[data-date="2026-12-28"]').waitFor();
    const calendar = await get('/v1/admin/calendars/2026', story.tokens.admin);
    expect(calendar.collectiveLeave).toContainEqual({ date: '2026-12-28', name: 'Cuti bersama tambahan akhir tahun' });
    await screenshot(page, 'admin-calendar');

    await page.getByRole('tab', { name: 'Proyeksi' }).click();
    const before = (await get('/v1/admin/projections', story.tokens.admin)).find((p: { name: string }) => p.name === 'inbox');
    await page.getByRole('button', { name: 'Bangun ulang inbox' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bangun ulang', exact: true }).click();
    await page.getByTestId('rebuild-status').getByText(/^Pembangunan ulang inbox selesai/).waitFor();
    const after = (await get('/v1/admin/projections', story.tokens.admin)).find((p: { name: string }) => p.name === 'inbox');
    expect(after.generation).not.toBe(before.generation);
    await expect(page.locator('tr[data-projection="inbox"]').getAttribute('data-generation')).resolves.toBe(after.generation);

    await page.getByRole('tab', { name: 'Notifikasi gagal' }).click();
    await expect(page.getByTestId('failed-empty').textContent()).resolves.toContain('Tidak ada notifikasi gagal');

    // The board opens from the console with the admin's session, and the token is in no address.
    await page.getByRole('tab', { name: 'Antrean' }).click();
    const [board] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Buka dasbor antrean' }).click()]);
    await board.waitForLoadState();
    expect(new URL(board.url()).pathname).toMatch(/^\/admin\/queues/);
    expect(board.url()).not.toContain(story.tokens.admin);
    const html = await board.content();
    expect(html).not.toContain('AuthenticationRequired');
    expect(html.toLowerCase()).toContain('bull');
  });

  it('reads on a phone: the history fits the screen width', async () => {
    const page = await harness.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, story.tokens.auditor, `/audit?stream=recommendation-${story.recommendations.awaiting}`);
    await page.getByTestId('audit-event').first().waitFor();
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
  });
});
