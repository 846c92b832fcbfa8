/** The slice of an OpenAPI 3 document the fuzzer reads: operations, their parameters and body schemas. */
export interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  $ref?: string;
  allOf?: JsonSchema[];
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema> };
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As documented, with `{param}` placeholders. */
  path: string;
  pathParams: string[];
  queryParams: OpenApiParameter[];
  /** Resolved JSON body schema, when the operation takes one. */
  body?: JsonSchema;
  /** Name used in reports: `POST /v1/mous/{id}/amend`. */
  name: string;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]): Operation => {
        const parameters = op.parameters ?? [];
        const bodySchema = op.requestBody?.content['application/json']?.schema;
        return {
          method: method.toUpperCase() as Operation['method'],
          path,
          pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
          queryParams: parameters.filter((p) => p.in === 'query'),
          body: bodySchema ? resolve(doc, bodySchema) : undefined,
          name: `${method.toUpperCase()} ${path}`,
        };
      }),
  );
}

/** Follows `$ref` and the single-element `allOf` Nest's swagger plugin writes for nested DTOs. */
export function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  if (schema.$ref) return resolve(doc, doc.components.schemas[schema.$ref.split('/').pop() as string]);
  if (schema.allOf?.length === 1) return resolve(doc, { ...schema.allOf[0], ...without(schema, 'allOf') });
  return schema;
}

function without(schema: JsonSchema, key: keyof JsonSchema): JsonSchema {
  const copy = { ...schema };
  delete copy[key];
  return copy;
}

/** A body the schema describes, built from its examples: the starting point every mutation breaks. */
export function exampleOf(doc: OpenApiDocument, raw: JsonSchema, depth = 0): unknown {
  const schema = resolve(doc, raw);
  if (schema.example !== undefined && schema.type !== 'object') return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.type === 'array' || schema.items) return schema.items && depth < 4 ? [exampleOf(doc, schema.items, depth + 1)] : [];
  if (schema.properties) {
    return Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, exampleOf(doc, property, depth + 1)]));
  }
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'date' ? '2025-03-10' : 'x';
    default:
      return {};
  }
}
