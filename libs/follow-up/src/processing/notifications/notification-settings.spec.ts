import { loadNotificationSettings, targetIds } from './notification-settings';

const secret = 'a-secret-of-16-chars';

describe('notification settings', () => {
  it('has no targets when nothing is configured', () => expect(targetIds(loadNotificationSettings({}))).toEqual([]));

  it('names each webhook after its URL, so reordering WEBHOOK_URLS sends nothing twice', () => {
    const a = loadNotificationSettings({ WEBHOOK_URLS: 'https://a.example/h, http://b.example/h', WEBHOOK_SECRET: secret });
    const b = loadNotificationSettings({ WEBHOOK_URLS: 'http://b.example/h,https://a.example/h', WEBHOOK_SECRET: secret });
    expect(a.webhooks.map((w) => w.id).sort()).toEqual(b.webhooks.map((w) => w.id).sort());
    expect(a.webhooks[0]).toEqual({ id: expect.stringMatching(/^webhook-[0-9a-f]{12}$/), url: 'https://a.example/h' });
  });

  it('needs WEBHOOK_SECRET with webhooks', () =>
    expect(() => loadNotificationSettings({ WEBHOOK_URLS: 'https://a.example/h' })).toThrow(/^WEBHOOK_SECRET must be set \(at least 16 characters\)/));

  it('refuses a URL that is not http(s)', () =>
    expect(() => loadNotificationSettings({ WEBHOOK_URLS: 'ftp://a.example/h', WEBHOOK_SECRET: secret })).toThrow(/WEBHOOK_URLS: ftp:\/\/a\.example\/h is not an http\(s\) URL/));

  it('sends e-mail when SMTP_URL, NOTIFY_EMAIL_FROM and NOTIFY_EMAIL_TO are set', () =>
    expect(
      loadNotificationSettings({
        SMTP_URL: 'smtp://mail.example:587',
        NOTIFY_EMAIL_FROM: 'Ombudsman RI <noreply@ombudsman.go.id>',
        NOTIFY_EMAIL_TO: 'pengawasan@ombudsman.go.id, kaltim@ombudsman.go.id',
      }).email,
    ).toEqual({ id: 'email', smtpUrl: 'smtp://mail.example:587', from: 'Ombudsman RI <noreply@ombudsman.go.id>', to: ['pengawasan@ombudsman.go.id', 'kaltim@ombudsman.go.id'] }));

  it('mails contacts without a feed of every step when NOTIFY_EMAIL_TO is left out', () => {
    const settings = loadNotificationSettings({ SMTP_URL: 'smtp://mail.example:587', NOTIFY_EMAIL_FROM: 'noreply@ombudsman.go.id' });
    expect(settings.email).toBeNull();
    expect(settings.smtp).toEqual({ smtpUrl: 'smtp://mail.example:587', from: 'noreply@ombudsman.go.id' });
    expect(settings.consoleBaseUrl).toBe('http://127.0.0.1:3000');
  });

  it('names the missing e-mail variable', () => {
    expect(() => loadNotificationSettings({ SMTP_URL: 'smtp://mail.example', NOTIFY_EMAIL_TO: 'a@b.id' })).toThrow(/^NOTIFY_EMAIL_FROM must be an address/);
    expect(() => loadNotificationSettings({ SMTP_URL: 'smtp://mail.example', NOTIFY_EMAIL_FROM: 'a@b.id', NOTIFY_EMAIL_TO: 'nobody' })).toThrow(
      /NOTIFY_EMAIL_TO must list .*; not addresses: nobody/,
    );
    expect(() => loadNotificationSettings({ CONSOLE_BASE_URL: 'konsol' })).toThrow(/^CONSOLE_BASE_URL: konsol is not an http\(s\) URL/);
    expect(() => loadNotificationSettings({ SMTP_URL: 'http://mail.example' })).toThrow(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
  });
});
