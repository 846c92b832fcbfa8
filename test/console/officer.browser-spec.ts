import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { bearer } from '../support/api-harness';
import { type ConsoleHarness, screenshot, signIn, startConsole } from './support/console-harness';
import { type SeededStory, seedStory } from './support/seed';
import { seedOfficerStory } from './support/seed-officer';

jest.setTimeout(180_000);

/** The officer's day in the console: the overdue queue, verifying a follow-up, issuing, recording a letter. */
describe('officer console (real API, built console, headless Chromium)', () => {
  let harness: ConsoleHarness;
  let story: SeededStory;
  let obligation: string;
  const apiGet = async (url: string) => {
    const res = await harness.api.app.inject({ method: 'GET', url, headers: bearer(story.tokens.officer) });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const row = (page: Page, title: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });

  beforeAll(async () => {
    harness = await startConsole();
    story = await seedStory(harness.api);
    ({ obligation } = await seedOfficerStory(harness.api, story));
  });
  afterAll(async () => harness?.close());

  it('lands on the overdue queue: days late, the rung reached, the status, and a CSV of what is on screen', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer);
    await page.getByRole('heading', { name: 'Tindak lanjut terlambat' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/terlambat');

    const overdueTitle = 'Menampilkan standar pelayanan lengkap di loket DPMPTSP';
    const overdue = row(page, overdueTitle);
    await overdue.waitFor();
    // Due 30 Okt 2026 (WITA), judged on 23 Nov 2026: the API's count and rung, in the officers' words.
    const listed = (await apiGet('/v1/follow-up/overdue')).items.find((item: { id: string }) => item.id === story.recommendations.overdue);
    expect(listed.daysOverdue).toBe(24);
    await expect(overdue.getByTestId('days-late').textContent()).resolves.toBe('24 hari terlambat');
    const text = await overdue.textContent();
    expect(text).toContain('30 Okt 2026');
    expect(text).toContain('Kabupaten Paser');
    expect(text).toContain(`Tingkat eskalasi ${listed.escalation.level}`);
    expect(text).toContain(listed.escalation.level === 1 ? 'Kepala unit' : 'Sekretaris daerah');
    expect(text).toContain('Belum ditindaklanjuti');
    // Only what is overdue is listed.
    await expect(page.getByRole('link', { name: 'Menetapkan maklumat pelayanan' }).count()).resolves.toBe(0);
    await screenshot(page, 'overdue-queue');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const content = readFileSync((await csv.path())!, 'utf8');
    expect(content).toContain(overdueTitle);
    expect(content).not.toContain('Menetapkan maklumat pelayanan');

    // Due soon: due 30 Nov (its end, in Paser), seen on 23 Nov there: a week left, counted in the provider's
    // days. The API counts 7.5 days to the due instant, so it is listed when looking 14 days ahead.
    await page.getByRole('link', { name: 'Segera jatuh tempo' }).click();
    await page.getByRole('heading', { name: 'Segera jatuh tempo' }).waitFor();
    await page.getByRole('combobox', { name: 'Dalam' }).click();
    await page.getByRole('option', { name: '14 hari' }).click();
    await page.getByText('Yang jatuh tempo dalam 14 hari ke depan', { exact: false }).waitFor();
    const dueSoon = row(page, 'Menyediakan sarana pengaduan di kantor Disdukcapil');
    await dueSoon.waitFor();
    const dueSoonText = await dueSoon.textContent();
    expect(dueSoonText).toContain('7 hari lagi');
    expect(dueSoonText).toContain('30 Nov 2026');
  });

  it('opens the follow-up awaiting verification, its evidence, and verifies it sesuai with a note', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer);
    await page.getByRole('link', { name: 'Menunggu verifikasi' }).click();
    await page.getByRole('heading', { name: 'Menunggu verifikasi' }).waitFor();
    await page.getByRole('link', { name: 'Menetapkan maklumat pelayanan' }).click();
    await page.getByRole('heading', { name: 'Menetapkan maklumat pelayanan' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/rekomendasi/${story.recommendations.awaiting}`);
    await expect(page.getByTestId('timeline').textContent()).resolves.toContain('Tindak lanjut diterima (melalui sistem)');

    const [evidence] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Buka bukti sk-bupati-maklumat.pdf' }).click()]);
    expect(evidence.suggestedFilename()).toBe('sk-bupati-maklumat.pdf');
    expect(readFileSync((await evidence.path())!, 'utf8')).toContain('%PDF-1.7');
    await screenshot(page, 'recommendation');

    await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Verifikasi tindak lanjut' });
    await dialog.getByRole('radio', { name: 'Sesuai', exact: true }).check();
    await dialog.getByLabel('Catatan verifikasi').fill('SK Bupati dan maklumat di loket sudah diperiksa di lokasi');
    await dialog.getByRole('button', { name: 'Simpan verifikasi' }).click();
    // A verdict is permanent: the officer confirms it first.
    await dialog.getByText('Tindak lanjut ini akan dinyatakan "Sesuai".').waitFor();
    await screenshot(page, 'verify-follow-up');
    await dialog.getByRole('button', { name: 'Ya, simpan' }).click();
    await page.getByTestId('success').getByText('Verifikasi tersimpan.').waitFor();
    await dialog.waitFor({ state: 'detached' });

    const view = await apiGet(`/v1/recommendations/${story.recommendations.awaiting}`);
    expect(view.status).toBe('sesuai');
    expect(view.followUps[0].verification).toMatchObject({ verdict: 'sesuai', note: 'SK Bupati dan maklumat di loket sudah diperiksa di lokasi' });
    // The page shows the new state: the verdict, and the record closed.
    await page.locator('[data-status="sesuai"]').first().waitFor();
    await expect(page.getByTestId('timeline').textContent()).resolves.toContain('Diverifikasi: Sesuai');
  });

  it('issues a recommendation through the form, lands on its record, and rejects a not-actionable request', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer, '/rekomendasi/baru?entity=64.01');
    await page.getByRole('heading', { name: 'Terbitkan rekomendasi' }).waitFor();
    await expect(page.getByLabel('Kode penyelenggara').inputValue()).resolves.toBe('64.01');
    await page.getByText('Kabupaten Paser · WITA').waitFor();
    await page.getByLabel('Rujukan sumber').fill('assessment-64.01-2024');
    await page.getByLabel('Yang harus dilakukan').fill('Menyediakan ruang laktasi di mal pelayanan publik');
    await page.getByLabel('Tanggal terbit').fill('2026-11-20');
    await page.getByLabel('Jatuh tempo').fill('2027-01-29');
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByRole('dialog', { name: 'Terbitkan rekomendasi?' }).getByRole('button', { name: 'Ya, simpan' }).click();
    await page.getByRole('heading', { name: 'Menyediakan ruang laktasi di mal pelayanan publik' }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.replace('/rekomendasi/', ''));
    const view = await apiGet(`/v1/recommendations/${id}`);
    expect(view).toMatchObject({ entityCode: '64.01', kind: 'saran_perbaikan', issuedOn: '2026-11-20', status: 'belum_ditindaklanjuti', deadline: { dueOn: '2027-01-29' } });
    await expect(page.getByTestId('due-on').textContent()).resolves.toBe('29 Jan 2027');

    // The liaison asks for tidak dapat ditindaklanjuti; the officer rejects it, saying what is still expected.
    const asked = await harness.api.app.inject({
      method: 'POST',
      url: `/v1/recommendations/${id}/not-actionable`,
      payload: { reason: 'Gedung MPP belum selesai dibangun' },
      headers: bearer(story.tokens.liaison),
    });
    expect(asked.statusCode).toBeLessThan(300);
    await page.reload();
    await page.getByRole('button', { name: 'Putuskan permohonan' }).click();
    const decision = page.getByRole('dialog', { name: 'Keputusan atas permohonan tidak dapat ditindaklanjuti' });
    await decision.getByRole('radio', { name: 'Tolak (tindak lanjut berlanjut)' }).check();
    // A rejection needs its reason before it can be sent.
    await expect(decision.getByRole('button', { name: 'Simpan keputusan' }).isDisabled()).resolves.toBe(true);
    await decision.getByLabel('Alasan penolakan').fill('Ruang laktasi dapat disediakan sementara di kantor DPMPTSP');
    await decision.getByRole('button', { name: 'Simpan keputusan' }).click();
    await decision.getByRole('button', { name: 'Ya, simpan' }).click();
    await page.getByTestId('success').getByText('Keputusan atas permohonan tersimpan.').waitFor();
    const decided = await apiGet(`/v1/recommendations/${id}`);
    expect(decided.notActionableRequests[0]).toMatchObject({ outcome: 'rejected', decision: { note: 'Ruang laktasi dapat disediakan sementara di kantor DPMPTSP' } });
    expect(decided.open).toBe(true);
  });

  it('records a follow-up that came by letter, approves the extension asked for, and shows a refused escalation', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer, `/rekomendasi/${story.recommendations.dueSoon}`);
    await page.getByRole('heading', { name: 'Menyediakan sarana pengaduan di kantor Disdukcapil' }).waitFor();
    // The liaison's pending extension request is put to the officer.
    await page.getByText('Permohonan perpanjangan menunggu keputusan').waitFor();

    await page.getByRole('button', { name: 'Catat tindak lanjut dari surat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Catat tindak lanjut yang diterima di luar sistem' });
    await dialog.getByLabel('Nomor surat').fill('700/245/Disdukcapil/XI/2026');
    await dialog.getByLabel('Tanggal surat atau diterima').fill('2026-11-20');
    await dialog.getByLabel('Ringkasan tindak lanjut').fill('Kotak pengaduan dipasang di ruang tunggu Disdukcapil');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'surat-disdukcapil.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\nsurat\n%%EOF\n') });
    await dialog.getByRole('button', { name: 'Catat tindak lanjut' }).click();
    await dialog.getByRole('button', { name: 'Ya, simpan' }).click();
    await page.getByTestId('success').getByText('Tindak lanjut tercatat dan menunggu verifikasi.').waitFor();

    const view = await apiGet(`/v1/recommendations/${story.recommendations.dueSoon}`);
    expect(view.status).toBe('menunggu_verifikasi');
    expect(view.followUps).toHaveLength(1);
    expect(view.followUps[0]).toMatchObject({ receivedVia: 'surat', letterNumber: '700/245/Disdukcapil/XI/2026', submittedOn: '2026-11-20' });
    expect(view.followUps[0].evidence[0]).toMatchObject({ name: 'surat-disdukcapil.pdf', mediaType: 'application/pdf' });
    await page.getByText('No. surat 700/245/Disdukcapil/XI/2026').waitFor();

    // The liaison's extension request: approved for the date asked, a new deadline version.
    await page.getByRole('button', { name: 'Putuskan perpanjangan' }).click();
    const decision = page.getByRole('dialog', { name: 'Keputusan perpanjangan' });
    await decision.getByRole('radio', { name: 'Setujui' }).check();
    await decision.getByRole('button', { name: 'Simpan keputusan' }).click();
    await decision.getByText('Perpanjangan disetujui: jatuh tempo menjadi 31 Des 2026.').waitFor();
    await decision.getByRole('button', { name: 'Ya, simpan' }).click();
    await page.getByTestId('success').getByText('Keputusan perpanjangan tersimpan.').waitFor();
    await expect(page.getByTestId('due-on').textContent()).resolves.toBe('31 Des 2026');
    const extended = await apiGet(`/v1/recommendations/${story.recommendations.dueSoon}`);
    expect(extended.deadline).toMatchObject({ version: 2, dueOn: '2026-12-31', setBy: 'extension' });
    expect(extended.extensionRequests[0].outcome).toBe('approved');

    // An escalation before the due date is refused: the API's problem is shown in the form, which stays open to correct.
    await page.getByRole('button', { name: 'Catat eskalasi di luar sistem' }).click();
    const escalation = page.getByRole('dialog', { name: 'Catat eskalasi yang sudah dilakukan' });
    await escalation.getByLabel('Tanggal eskalasi').fill('2026-11-20');
    await escalation.getByRole('button', { name: 'Catat eskalasi' }).click();
    await escalation.getByRole('button', { name: 'Ya, simpan' }).click();
    await escalation.getByTestId('problem').waitFor();
    await expect(escalation.getByLabel('Tanggal eskalasi').isEnabled()).resolves.toBe(true);
    expect((await apiGet(`/v1/recommendations/${story.recommendations.dueSoon}`)).escalations).toHaveLength(0);
  });

  it('shows an overdue PKS report: its period and due date, only the actions an officer may take, and records an escalation', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.officer, `/kewajiban/${encodeURIComponent(obligation)}`);
    await page.getByRole('heading', { name: 'Laporan pendampingan berkala' }).waitFor();
    const view = await apiGet(`/v1/obligations/${encodeURIComponent(obligation)}`);
    expect(view).toMatchObject({ status: 'open', period: { key: '2026-Q3' }, deadline: { dueOn: '2026-10-10' } });
    await page.getByText('2026-Q3 · 1 Jul 2026 – 30 Sep 2026').waitFor();
    await page.getByText('10 Okt 2026', { exact: true }).waitFor();
    await page.getByText('Laporan belum diterima.').waitFor();
    await expect(page.getByTestId('timeline').textContent()).resolves.toContain('Periode 2026-Q3 dimulai');
    // An officer records escalations; the report itself is delivered by the provider's liaison (or an admin).
    await page.getByRole('button', { name: 'Catat eskalasi di luar sistem' }).waitFor();
    await expect(page.getByRole('button', { name: 'Catat laporan diterima' }).count()).resolves.toBe(0);
    await screenshot(page, 'obligation');

    // The sekda was written to on 23 Nov: recorded as the next rung, history only.
    const before = view.escalations.length as number;
    await page.getByRole('button', { name: 'Catat eskalasi di luar sistem' }).click();
    const dialog = page.getByRole('dialog', { name: 'Catat eskalasi yang sudah dilakukan' });
    await expect(dialog.getByLabel('Tingkat eskalasi').inputValue()).resolves.toBe(String(before + 1));
    await dialog.getByLabel('Tanggal eskalasi').fill('2026-11-23');
    await dialog.getByLabel('Dasar').fill('Surat 700/301/ORI-KT/XI/2026');
    await dialog.getByRole('button', { name: 'Catat eskalasi' }).click();
    await dialog.getByRole('button', { name: 'Ya, simpan' }).click();
    await page.getByTestId('success').getByText('Eskalasi tercatat.').waitFor();
    const escalated = await apiGet(`/v1/obligations/${encodeURIComponent(obligation)}`);
    expect(escalated.escalations).toHaveLength(before + 1);
    expect(escalated.escalations[before]).toMatchObject({ level: before + 1 });
  });

  it('fits the overdue queue on a phone: the table scrolls inside its box, the page does not', async () => {
    const page = await harness.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, story.tokens.officer);
    await row(page, 'Menampilkan standar pelayanan lengkap di loket DPMPTSP').waitFor();
    const widths = await page.evaluate('({ page: document.documentElement.scrollWidth, view: window.innerWidth })');
    expect((widths as { page: number; view: number }).page).toBeLessThanOrEqual((widths as { page: number; view: number }).view);
    await expect(page.getByRole('button', { name: 'Ekspor CSV' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'overdue-queue-phone');

    // The record itself reads on a phone too: sections stack, wide tables scroll in their own box.
    await page.getByRole('link', { name: 'Menampilkan standar pelayanan lengkap di loket DPMPTSP' }).click();
    await page.getByRole('heading', { name: 'Menampilkan standar pelayanan lengkap di loket DPMPTSP' }).waitFor();
    await page.getByTestId('timeline').waitFor();
    const record = (await page.evaluate('({ page: document.documentElement.scrollWidth, view: window.innerWidth })')) as { page: number; view: number };
    expect(record.page).toBeLessThanOrEqual(record.view);
    await screenshot(page, 'recommendation-phone');
  });
});
