import { type ConsoleHarness, screenshot, signIn, startConsole } from './support/console-harness';

jest.setTimeout(120_000);

describe('console shell (real API, built console, headless Chromium)', () => {
  let harness: ConsoleHarness;
  beforeAll(async () => {
    harness = await startConsole();
  });
  afterAll(async () => harness?.close());

  it('serves the console at / and keeps unknown API paths as problem+json', async () => {
    const page = await harness.newPage();
    const response = await page.goto('/');
    expect(response?.headers()['content-type']).toMatch(/text\/html/);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    // Assets are named by content hash: cached for a year, sent pre-compressed.
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await response!.text())![1];
    const asset = await page.request.get(script, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-encoding']).toBe('br');
    const apiMiss = await page.request.get('/v1/no-such-route');
    expect(apiMiss.status()).toBe(404);
    expect(apiMiss.headers()['content-type']).toMatch(/application\/problem\+json/);
  });

  it('asks for a token in Bahasa Indonesia, refuses a bad one with the reason, and signs in with a good one', async () => {
    const page = await harness.newPage();
    await page.goto('/penyelenggara');
    await page.getByRole('heading', { name: 'Tindak Lanjut Ombudsman RI' }).waitFor();
    await screenshot(page, 'sign-in');
    await page.getByLabel('Token akses').fill('not-a-token');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Token tidak diterima/);

    const token = await harness.api.token({ role: 'officer', provinces: ['64'], name: 'Budi Santoso' });
    await signIn(page, token, '/penyelenggara');
    // The deep link survives the sign-in, and the token never appears in the address.
    expect(new URL(page.url()).pathname).toBe('/penyelenggara');
    expect(page.url()).not.toContain(token);
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe('Masuk sebagai Budi Santoso (Petugas Ombudsman)');
  });

  it('switches to English and back, and keeps the choice', async () => {
    const page = await harness.newPage();
    await signIn(page, await harness.api.token({ role: 'auditor', name: 'Sari' }));
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe('Signed in as Sari (Auditor)');
    // A reload keeps both the session (this tab) and the language (this browser).
    await page.reload();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe('Signed in as Sari (Auditor)');
    await page.getByText('ID', { exact: true }).click();
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toBe('Masuk sebagai Sari (Auditor)');
  });

  it('can be worked by keyboard: the first Tab offers a skip to the content, and the menu follows in order', async () => {
    const page = await harness.newPage();
    await signIn(page, await harness.api.token({ role: 'officer', provinces: ['64'], name: 'Budi' }), '/penyelenggara');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement.textContent')).resolves.toBe('Lewati ke konten');
    await page.keyboard.press('Enter');
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('konten');
    // From the top again: past the skip link, the title, the bell and the language switch, into the menu.
    await page.goto('/penyelenggara');
    await page.getByTestId('signed-in-as').waitFor();
    const focused: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      focused.push(String(await page.evaluate('document.activeElement.textContent.trim()')));
    }
    expect(focused).toEqual(expect.arrayContaining(['Terlambat', 'Segera jatuh tempo', 'Penyelenggara']));
    expect(focused.indexOf('Terlambat')).toBeLessThan(focused.indexOf('Penyelenggara'));
  });
});
