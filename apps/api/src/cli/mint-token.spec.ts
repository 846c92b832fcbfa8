import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalKeyStore, TokenService } from '@app/platform/auth';
import { loadConfig } from '@app/platform/config';
import { mintFromArgs, parseMintArgs, UsageError } from './mint-token';

describe('mint-token CLI', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'mint-cli-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('parses the documented flags', () => {
    expect(parseMintArgs(['--role', 'officer', '--provinces', '63, 64', '--sub', 'budi', '--name', 'Budi', '--expires', '1h'])).toEqual({
      role: 'officer',
      provinces: ['63', '64'],
      sub: 'budi',
      name: 'Budi',
      expiresIn: '1h',
    });
    expect(parseMintArgs(['--role', 'admin'])).toEqual({ role: 'admin', sub: 'local-admin' });
    expect(parseMintArgs(['--help'])).toBeUndefined();
  });

  it('mints with the key files the server verifies with', async () => {
    const env = { DATA_DIR: dataDir };
    const token = await mintFromArgs(['--role', 'liaison', '--entity', '64.01', '--sub', 'rina'], env);
    const config = loadConfig(env);
    await expect(new TokenService(config, new LocalKeyStore(config)).verify(token ?? '')).resolves.toEqual({ id: 'rina', role: 'liaison', entityCode: '64.01' });
  });

  it.each([
    [['--provinces', '63'], /--role is required; allowed: officer, liaison, auditor, admin/],
    [['--role', 'boss'], /--role "boss" is not a role; allowed: officer, liaison, auditor, admin/],
    [['--role', 'officer'], /^--provinces: .*allowed: two-digit province codes/],
    [['--role', 'officer', '--provinces', '6a'], /^--provinces: .*"6a"/],
    [['--role', 'liaison'], /^--entity: /],
    [['--role', 'admin', '--expires', 'soon'], /^--expires: .*allowed: 30m, 8h/],
    [['--role', 'admin', '--colour', 'red'], /colour/],
  ])('refuses %j, naming the flag', async (argv, message) => {
    const error = await mintFromArgs(argv, { DATA_DIR: dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});
