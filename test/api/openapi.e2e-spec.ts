import { ApiHarness, startApi } from '../support/api-harness';

interface Operation {
  parameters?: Array<{ name: string; in: string }>;
  responses: Record<string, unknown>;
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
}
interface Schema {
  properties?: Record<string, { description?: string; $ref?: string; items?: { $ref?: string } }>;
}

/** /docs is the contract clients build on: every route, field and error must be in it. */
describe('OpenAPI document', () => {
  let api: ApiHarness;
  let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

  beforeAll(async () => {
    api = await startApi();
    doc = (await api.app.inject({ method: 'GET', url: '/docs/json' })).json();
  });
  afterAll(() => api.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));

  it('documents every route the API serves', () => {
    const routes = operations().map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /v1/entities', 'POST /v1/entities/{code}/units', 'GET /v1/entities/{code}',
        'POST /v1/mous', 'POST /v1/mous/{id}/amend', 'POST /v1/mous/{id}/terminate', 'GET /v1/mous/{id}',
        'POST /v1/pks', 'POST /v1/pks/{id}/finalize', 'POST /v1/pks/{id}/sign', 'POST /v1/pks/{id}/terminate', 'GET /v1/pks/{id}',
        'POST /v1/assessments', 'POST /v1/assessments/{id}/correct', 'GET /v1/assessments/{id}', 'GET /v1/methodologies',
        'POST /v1/recommendations', 'GET /v1/recommendations/{id}',
        'GET /v1/audit/streams/{stream}/events', 'GET /v1/audit/streams/{stream}/verify', 'GET /v1/audit/verify',
        'GET /health',
      ]),
    );
  });

  // Imports upload a file and run many commands as a job: their own contract is checked in test/imports.
  // Marking one's own notifications read (/v1/me/…) changes a read model of the caller, not a record.
  const operational = (path: string) => /^\/v1\/admin\/(projections|notifications)\//.test(path) || path.startsWith('/v1/imports/') || path.startsWith('/v1/me/');

  it('lists the problem responses of operational admin endpoints', () => {
    const ops = operations().filter((o) => operational(o.path));
    expect(ops.length).toBeGreaterThanOrEqual(2);
    for (const { path, method, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      expect([where, Object.keys(op.responses)]).toEqual([where, expect.arrayContaining(['401', '403'])]);
    }
  });

  it('lists the problem responses and the concurrency headers of every command', () => {
    for (const { path, method, op } of operations().filter((o) => o.method === 'post' && o.path.startsWith('/v1/') && !operational(o.path))) {
      const where = `${method.toUpperCase()} ${path}`;
      expect([where, Object.keys(op.responses).sort()]).toEqual([where, expect.arrayContaining(['400', '401', '403', '404', '409', '412', '422', '503'])]);
      const headers = (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);
      expect([where, headers]).toEqual([where, expect.arrayContaining(['Idempotency-Key', 'If-Match'])]);
      expect(op.requestBody).toBeDefined();
    }
  });

  it('describes every field of every request body', () => {
    const bodies = operations()
      .map(({ op }) => op.requestBody?.content['application/json']?.schema.$ref)
      .filter((ref): ref is string => !!ref);
    const seen = new Set<string>();
    const visit = (ref: string) => {
      const name = ref.split('/').pop() as string;
      if (seen.has(name)) return;
      seen.add(name);
      for (const [field, property] of Object.entries(doc.components.schemas[name].properties ?? {})) {
        const nested = property.$ref ?? property.items?.$ref;
        if (nested) visit(nested);
        else expect([`${name}.${field}`, property.description]).toEqual([`${name}.${field}`, expect.any(String)]);
      }
    };
    bodies.forEach(visit);
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });
});
