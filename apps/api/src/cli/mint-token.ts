import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@app/kernel';
import {
  InvalidClaim,
  type ClaimName,
  LocalKeyStore,
  LocalTokenMinter,
  type MintTokenRequest,
} from '@app/platform/auth';
import { loadConfig } from '@app/platform/config';

const USAGE = `Mints a bearer token signed with the embedded key under $DATA_DIR/keys (default ./data/keys).

  npm run -s token -- --role officer --provinces 63,64 [--sub budi] [--name "Budi"]
  npm run -s token -- --role liaison --entity 64.01
  npm run -s token -- --role auditor | --role admin
  options: --expires 8h (default; e.g. 30m, 7d)

Prints only the token, so TOKEN=$(npm run -s token -- --role admin) works.`;

/** A flag is missing or wrong; the message names it and what it accepts. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const FLAG_OF: Record<ClaimName, string> = { sub: '--sub', name: '--name', role: '--role', provinces: '--provinces', entity: '--entity', exp: '--expires' };

/** `undefined` means help was asked for. */
export function parseMintArgs(argv: string[]): MintTokenRequest | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        role: { type: 'string' },
        provinces: { type: 'string' },
        entity: { type: 'string' },
        sub: { type: 'string' },
        name: { type: 'string' },
        expires: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return undefined;
  const role = values.role;
  if (!isRole(role)) {
    throw new UsageError(`--role ${role === undefined ? 'is required' : `"${role}" is not a role`}; allowed: ${ROLES.join(', ')}`);
  }
  const request: MintTokenRequest = { sub: values.sub ?? `local-${role}`, role };
  if (values.name !== undefined) request.name = values.name;
  if (values.provinces !== undefined) request.provinces = values.provinces.split(',').map((p) => p.trim());
  if (values.entity !== undefined) request.entity = values.entity;
  if (values.expires !== undefined) request.expiresIn = values.expires;
  return request;
}

function isRole(value: string | undefined): value is Role {
  return (ROLES as readonly (string | undefined)[]).includes(value);
}

/** Mints with the same key files the server uses (DATA_DIR), creating them if needed. */
export async function mintFromArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const request = parseMintArgs(argv);
  if (!request) return undefined;
  const minter = new LocalTokenMinter(new LocalKeyStore(loadConfig(env)));
  try {
    return await minter.mint(request);
  } catch (error) {
    if (!(error instanceof InvalidClaim)) throw error;
    const allowed = error.allowed ? `; allowed: ${error.allowed.join(', ')}` : '';
    throw new UsageError(`${FLAG_OF[error.claim]}: ${error.message}${allowed}`);
  }
}

async function main(): Promise<void> {
  if (process.env.OIDC_ISSUER) {
    // The server would verify against the IdP and refuse this token; say so rather than puzzle the user.
    process.stderr.write('warning: OIDC_ISSUER is set, so the server will not accept locally minted tokens\n');
  }
  const token = await mintFromArgs(process.argv.slice(2));
  process.stdout.write(token === undefined ? `${USAGE}\n` : `${token}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const usage = error instanceof UsageError;
    process.stderr.write(`${usage ? 'mint-token' : 'mint-token failed'}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (usage) process.stderr.write(`\n${USAGE}\n`);
    process.exit(usage ? 2 : 1);
  });
}
