import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { bearer } from '../support/api-harness';
import { type ConsoleHarness, screenshot, signIn, startConsole } from './support/console-harness';
import { type SeededStory, seedStory } from './support/seed';

jest.setTimeout(120_000);

const OVERDUE_TITLE = 'Menampilkan standar pelayanan lengkap di loket DPMPTSP';
const DUE_SOON_TITLE = 'Menyediakan sarana pengaduan di kantor Disdukcapil';
const AWAITING_TITLE = 'Menetapkan maklumat pelayanan';

/** A small real PDF (the API judges the type from the bytes) and a Windows executable it must refuse. */
const PDF = { name: 'sk-bupati-standar-pelayanan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };
const EXE = { name: 'pembaruan.exe', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256, 0x90)]) };

describe('the liaison officer console (Kabupaten Paser, 64.01)', () => {
  let harness: ConsoleHarness;
  let story: SeededStory;
  beforeAll(async () => {
    harness = await startConsole();
    story = await seedStory(harness.api);
  });
  afterAll(async () => {
    await harness?.close();
  });

  const getJson = async (url: string): Promise<Record<string, unknown>> => {
    const res = await harness.api.app.inject({ method: 'GET', url, headers: bearer(story.tokens.liaison) });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const card = (page: Page, title: string) => page.getByTestId('owed-item').filter({ has: page.getByRole('link', { name: title }) });

  it('lists what the units owe, soonest due first, with late and due badges and the missing evidence', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.liaison, '/tagihan');
    await page.getByRole('heading', { name: 'Tagihan unit saya' }).waitFor();

    const overdue = card(page, OVERDUE_TITLE);
    await expect(overdue.getByTestId('due-badge').textContent()).resolves.toMatch(/^Terlambat \d+ hari$/);
    await expect(overdue.locator('[data-evidence]').textContent()).resolves.toBe('Bukti belum diunggah');
    await expect(overdue.getByTestId('missing-evidence').textContent()).resolves.toContain('Kirim tindak lanjut dengan bukti, jatuh tempo 30 Okt 2026');

    const dueSoon = card(page, DUE_SOON_TITLE);
    await expect(dueSoon.getByTestId('due-badge').textContent()).resolves.toBe('Jatuh tempo 30 Nov 2026');
    await expect(dueSoon.getByTestId('missing-evidence').textContent()).resolves.toContain('jatuh tempo 30 Nov 2026');
    // A follow-up awaiting verification is not "missing": no highlighted line on its card.
    await expect(card(page, AWAITING_TITLE).locator('[data-evidence]').textContent()).resolves.toBe('Bukti menunggu verifikasi');
    await expect(card(page, AWAITING_TITLE).getByTestId('missing-evidence').count()).resolves.toBe(0);

    // Soonest due first: the overdue one (30 Oct) before the one due 30 Nov before the one due 15 Dec.
    const titles = await page.getByTestId('owed-item').getByRole('link').allTextContents();
    expect(titles).toEqual([OVERDUE_TITLE, DUE_SOON_TITLE, AWAITING_TITLE]);
    await screenshot(page, 'liaison-owed');

    // One unit only: the list (and so the export) narrows to Disdukcapil's item.
    await page.getByRole('combobox', { name: 'Unit' }).click();
    await page.getByRole('option', { name: 'Disdukcapil' }).click();
    await page.getByRole('link', { name: OVERDUE_TITLE }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: DUE_SOON_TITLE }).waitFor();
    await expect(page.getByTestId('owed-item').getByRole('link').allTextContents()).resolves.toEqual([DUE_SOON_TITLE]);

    // The export is what is on screen: the same unit only.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(DUE_SOON_TITLE);
    expect(csv).not.toContain(OVERDUE_TITLE);
  });

  it('reads on a phone: /tagihan fits 390 px wide, badges and missing evidence visible', async () => {
    const page = await harness.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, story.tokens.liaison, '/tagihan');
    await card(page, DUE_SOON_TITLE).getByTestId('missing-evidence').waitFor();
    await expect(card(page, DUE_SOON_TITLE).getByTestId('due-badge').isVisible()).resolves.toBe(true);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await screenshot(page, 'liaison-owed-phone');
  });

  it('uploads evidence by drag and drop with progress, refuses an executable on its own row, sends the follow-up and asks for an extension', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.liaison, '/tagihan');
    await page.getByRole('link', { name: OVERDUE_TITLE }).click();
    await page.waitForURL(`**/rekomendasi/${story.recommendations.overdue}`);
    await page.getByRole('heading', { name: 'Tindak lanjut penyelenggara' }).waitFor();

    await page.getByLabel('Uraian tindak lanjut').fill('Standar pelayanan lengkap dipasang di loket DPMPTSP sejak 20 November 2026');
    // The drop zone's own file input, as a drop hands files to it.
    await page.getByLabel('Unggah bukti').setInputFiles([PDF, EXE]);
    const pdfRow = page.getByTestId('evidence-upload').filter({ hasText: PDF.name });
    const exeRow = page.getByTestId('evidence-upload').filter({ hasText: EXE.name });
    await pdfRow.and(page.locator('[data-state="done"]')).waitFor();
    await expect(pdfRow.getByTestId('evidence-percent').textContent()).resolves.toBe('100 %');
    await expect(pdfRow.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');
    await exeRow.and(page.locator('[data-state="refused"]')).waitFor();
    await expect(exeRow.textContent()).resolves.toContain('Ditolak');
    await expect(exeRow.getByRole('alert').textContent()).resolves.toMatch(/\S/);
    await exeRow.scrollIntoViewIfNeeded();
    await screenshot(page, 'evidence-upload');

    // The refused file is removed before submitting; only the PDF is cited.
    await page.getByRole('button', { name: `Hapus ${EXE.name}` }).click();
    await expect(exeRow.count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Kirim tindak lanjut' }).click();
    await page.getByTestId('follow-up-sent').waitFor();

    const afterFollowUp = await getJson(`/v1/recommendations/${story.recommendations.overdue}`);
    expect(afterFollowUp.status).toBe('menunggu_verifikasi');
    const followUps = afterFollowUp.followUps as Array<{ evidence: Array<{ name: string }> }>;
    expect(followUps.at(-1)?.evidence.map((e) => e.name)).toEqual([PDF.name]);

    await page.getByRole('button', { name: 'Minta perpanjangan' }).click();
    await page.getByLabel('Jatuh tempo baru yang diusulkan').fill('2026-12-31');
    await page.getByLabel('Alasan perpanjangan').fill('Papan standar pelayanan menunggu anggaran perubahan (APBD-P)');
    await page.getByRole('button', { name: 'Ajukan perpanjangan' }).click();
    await page.getByTestId('extension-pending').waitFor();
    await expect(page.getByTestId('extension-pending').textContent()).resolves.toContain('31 Des 2026');

    const afterExtension = await getJson(`/v1/recommendations/${story.recommendations.overdue}`);
    expect(afterExtension.extensionRequests).toEqual([expect.objectContaining({ proposedDueOn: '2026-12-31', outcome: 'pending' })]);
  });

  it("splits a recommendation into a unit's action item, follows it up and closes it; asks for tidak dapat ditindaklanjuti after confirming", async () => {
    const page = await harness.newPage();
    const ITEM = 'Memasang kotak pengaduan di loket Disdukcapil';
    await signIn(page, story.tokens.liaison, `/rekomendasi/${story.recommendations.dueSoon}`);
    await page.getByRole('button', { name: /Butir tindakan per unit/ }).click();
    // The unit is the recommendation's own until the liaison picks another.
    await expect(page.getByRole('combobox', { name: 'Unit' }).inputValue()).resolves.toBe('Disdukcapil');
    await page.getByLabel('Yang harus dilakukan unit').fill(ITEM);
    await page.getByLabel('Batas waktu butir').fill('2026-11-27');
    await page.getByRole('button', { name: 'Tambah butir' }).click();
    await page.getByTestId('action-item').filter({ hasText: ITEM }).waitFor();

    // Its follow-up, cited to the item, with its evidence.
    await page.getByRole('combobox', { name: 'Untuk butir tindakan' }).click();
    await page.getByRole('option', { name: ITEM }).click();
    await page.getByLabel('Uraian tindak lanjut').fill('Kotak pengaduan dipasang di loket Disdukcapil');
    await page.getByLabel('Unggah bukti').setInputFiles([PDF]);
    await page.getByTestId('evidence-upload').and(page.locator('[data-state="done"]')).waitFor();
    await page.getByRole('button', { name: 'Kirim tindak lanjut' }).click();
    await page.getByTestId('follow-up-sent').waitFor();

    // Closing cannot be undone: it asks first, with the note for the record.
    await page.getByTestId('action-item').filter({ hasText: ITEM }).getByRole('button', { name: 'Tutup butir' }).click();
    const closing = page.getByRole('dialog');
    await closing.getByLabel('Catatan (apa yang sudah dilakukan)').fill('Kotak pengaduan terpasang sejak 21 November 2026');
    await closing.getByRole('button', { name: 'Ya, tutup butir' }).click();
    await page.getByTestId('action-item').filter({ hasText: 'Selesai' }).waitFor();
    const afterClose = await getJson(`/v1/recommendations/${story.recommendations.dueSoon}`);
    expect(afterClose.actionItems).toEqual([expect.objectContaining({ title: ITEM, unitId: 'disdukcapil', dueOn: '2026-11-27', closed: expect.objectContaining({ note: 'Kotak pengaduan terpasang sejak 21 November 2026' }) })]);
    expect((afterClose.followUps as Array<{ itemId: string | null }>).map((f) => f.itemId)).toEqual([(afterClose.actionItems as Array<{ itemId: string }>)[0].itemId]);

    await page.goto(`/rekomendasi/${story.recommendations.awaiting}`);
    // Let the page's queries settle first: a refetch landing while typing re-mounts the form and
    // empties the reason, and an empty reason is (rightly) never sent for confirmation.
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Ajukan tidak dapat ditindaklanjuti' }).click();
    await page.getByLabel('Alasan tidak dapat ditindaklanjuti').fill('Kantor DPMPTSP dilebur ke Sekretariat Daerah per 1 November 2026');
    await page.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, ajukan' }).waitFor();
    // Nothing is sent until the liaison confirms.
    expect((await getJson(`/v1/recommendations/${story.recommendations.awaiting}`)).notActionableRequests).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, ajukan' }).click();
    await page.getByTestId('not-actionable-pending').waitFor();
    const afterRequest = await getJson(`/v1/recommendations/${story.recommendations.awaiting}`);
    expect(afterRequest.notActionableRequests).toEqual([expect.objectContaining({ outcome: 'pending', reason: 'Kantor DPMPTSP dilebur ke Sekretariat Daerah per 1 November 2026' })]);
  });

  it('adds a contact (a bad phone number is shown on the phone field, a good one is listed), changes it and removes it with a reason', async () => {
    const page = await harness.newPage();
    await signIn(page, story.tokens.liaison, '/kontak');
    await page.getByRole('heading', { name: 'Kontak Kabupaten Paser' }).waitFor();
    await page.getByRole('button', { name: 'Tambah kontak' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah kontak' });
    await dialog.getByRole('combobox', { name: 'Unit' }).click();
    await page.getByRole('option', { name: 'DPMPTSP' }).click();
    await dialog.getByLabel('Nama lengkap').fill('Drs. Ahmad Yani, M.Si.');
    await dialog.getByLabel('Jabatan').fill('Kepala DPMPTSP Kabupaten Paser');
    await dialog.getByLabel('E-mail').fill('kepala.dpmptsp@paserkab.go.id');
    await dialog.getByRole('textbox', { name: 'Telepon' }).fill('12-ab');
    await dialog.getByRole('button', { name: 'Tambah kontak' }).click();

    // The API's refusal lands on the phone field itself (aria-invalid, its message below it).
    const phone = dialog.getByRole('textbox', { name: 'Telepon' });
    await phone.and(page.locator('[aria-invalid="true"]')).waitFor();
    const describedBy = (await phone.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(describedBy.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(messages.join(' ')).toMatch(/phone|telepon/i);
    await expect((await getJson('/v1/entities/64.01/contacts')).items).toEqual([]);

    await phone.fill('0812-3456-7890');
    await dialog.getByRole('button', { name: 'Tambah kontak' }).click();
    await page.getByTestId('contact-saved').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByTestId('contacts').getByRole('row').filter({ hasText: 'Drs. Ahmad Yani, M.Si.' });
    await expect(row.textContent()).resolves.toContain('+6281234567890');
    await expect(row.textContent()).resolves.toContain('Kepala unit');
    await screenshot(page, 'contacts');

    const listed = (await getJson('/v1/entities/64.01/contacts')).items as Array<Record<string, unknown>>;
    expect(listed).toEqual([expect.objectContaining({ role: 'unit_head', unitId: 'dpmptsp', name: 'Drs. Ahmad Yani, M.Si.', phone: '+6281234567890', channel: 'email' })]);

    // Changed: the new position is listed and recorded.
    await page.getByRole('button', { name: 'Ubah Drs. Ahmad Yani, M.Si.' }).click();
    const editing = page.getByRole('dialog', { name: 'Ubah kontak Drs. Ahmad Yani, M.Si.' });
    await editing.getByLabel('Jabatan').fill('Plt. Kepala DPMPTSP Kabupaten Paser');
    await editing.getByRole('button', { name: 'Simpan' }).click();
    await editing.waitFor({ state: 'hidden' });
    await expect(row.textContent()).resolves.toContain('Plt. Kepala DPMPTSP Kabupaten Paser');
    expect((await getJson('/v1/entities/64.01/contacts')).items).toEqual([expect.objectContaining({ position: 'Plt. Kepala DPMPTSP Kabupaten Paser', phone: '+6281234567890' })]);

    // Removed, with the reason, after confirming.
    await page.getByRole('button', { name: 'Hapus Drs. Ahmad Yani, M.Si.' }).click();
    const removing = page.getByRole('dialog');
    await removing.getByLabel('Alasan penghapusan').fill('Mutasi ke Dinas Pendidikan');
    await removing.getByRole('button', { name: 'Ya, hapus' }).click();
    await page.getByText('Belum ada kontak', { exact: false }).waitFor();
    expect((await getJson('/v1/entities/64.01/contacts')).items).toEqual([]);
  });
});
