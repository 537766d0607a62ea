import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROUTE_FEATURES, type Access, type RouteDef } from '@sunshine/shared';
import { JOBS, type JobDef } from '../functions/src/handlers/jobs';
import { functionBlocks, functionOf, handlerModule } from './serverless/function-blocks';

/**
 * docs/api.md, generated from the route contract (shared/src/contract.ts) and the jobs' table,
 * each route's and job's summary included:
 * `npm run docs:api` (or `npm run contract`) writes it, and a unit test (scripts/test/docs-api.test.ts) fails when the
 * committed file is not what this renders.
 */
const ROOT = join(__dirname, '..');
export const API_DOCS = join(ROOT, 'docs', 'api.md');

// What valibot's schemas and actions carry at run time (valibot 1.x), as far as the docs read it.
interface Schema {
  type: string;
  kind?: string;
  pipe?: Schema[];
  requirement?: unknown;
  entries?: Record<string, Schema>;
  wrapped?: Schema;
  default?: unknown;
  item?: Schema;
  options?: Array<Schema | string | number>;
  literal?: unknown;
  key?: string;
}

// A length counts characters of a string, items of a list.
const ACTIONS: Record<string, (requirement: unknown, unit: string) => string> = {
  min_length: (n, unit) => `at least ${String(n)} ${unit}`,
  max_length: (n, unit) => `at most ${String(n)} ${unit}`,
  min_value: (n) => `≥ ${String(n)}`,
  max_value: (n) => `≤ ${String(n)}`,
  min_bytes: (n) => `at least ${String(n)} bytes`,
  max_bytes: (n) => `at most ${String(n)} bytes`,
  integer: () => 'whole number',
  url: () => 'a URL',
  iso_date: () => 'a date (YYYY-MM-DD)',
  iso_timestamp: () => 'an ISO timestamp',
  starts_with: (prefix) => `starts with \`${String(prefix)}\``,
  regex: (pattern) => `matches \`${String(pattern)}\``,
};

/** One line of a field: its type and the limits valibot will check. */
function typeOf(schema: Schema): string {
  const unit = schema.type === 'array' ? 'items' : 'characters';
  const limits = (schema.pipe ?? []).flatMap((action) =>
    action.kind === 'validation' && ACTIONS[action.type]
      ? [ACTIONS[action.type]!(action.requirement, unit)]
      : [],
  );
  const checked = (schema.pipe ?? []).some(
    (action) =>
      action.type === 'check' || action.type === 'partial_check' || action.type === 'forward',
  )
    ? ['checked further']
    : [];
  const base = (() => {
    switch (schema.type) {
      case 'picklist':
        return `one of ${(schema.options as string[]).map((option) => `\`${option}\``).join(', ')}`;
      case 'literal':
        return `\`${JSON.stringify(schema.literal)}\``;
      case 'array':
        return `list of ${schema.item!.type === 'object' ? 'objects' : typeOf(schema.item!)}`;
      case 'union':
        return (schema.options as Schema[]).map(typeOf).join(' or ');
      default:
        return schema.type;
    }
  })();
  return [base, ...limits, ...checked].join(', ');
}

interface Field {
  name: string;
  required: boolean;
  type: string;
}

/** The fields of an object schema, nested ones by dotted path (`contact.name`, `materials[].name`). */
function fieldsOf(schema: Schema, prefix = ''): Field[] {
  if (schema.type === 'variant') {
    return (schema.options as Schema[]).flatMap((option) => {
      const tag = option.entries![schema.key!] as Schema;
      return fieldsOf(option, `${prefix}[${schema.key!}=${JSON.stringify(tag.literal)}] `);
    });
  }
  if (schema.type !== 'object' || !schema.entries)
    return [{ name: prefix.trim() || '(whole body)', required: true, type: typeOf(schema) }];
  return Object.entries(schema.entries).flatMap(([key, entry]) => {
    const optional = ['optional', 'nullish', 'undefinedable', 'exact_optional'].includes(
      entry.type,
    );
    // A pipe may wrap the optional (a default checked like a given value): its limits count too.
    const inner = optional
      ? { ...entry.wrapped!, pipe: [...(entry.wrapped!.pipe ?? []), ...(entry.pipe ?? [])] }
      : entry;
    const name = `${prefix}${key}`;
    const defaulted =
      optional && entry.default !== undefined && typeof entry.default !== 'function'
        ? `, default \`${JSON.stringify(entry.default)}\``
        : '';
    const own = { name, required: !optional, type: `${typeOf(inner)}${defaulted}` };
    if (inner.type === 'object') return [own, ...fieldsOf(inner, `${name}.`)];
    if (inner.type === 'array' && inner.item!.type === 'object')
      return [own, ...fieldsOf(inner.item!, `${name}[].`)];
    return [own];
  });
}

const accessText = (access: Access) =>
  access === 'public'
    ? 'anyone'
    : access === 'signedIn'
      ? 'any signed-in person'
      : `staff: ${access.join(', ')}`;

/** Each route's output type as written in the contract (a type only, so read from the source). */
function outputTypes(): Map<string, string> {
  const file = join(ROOT, 'shared', 'src', 'contract.ts');
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const types = new Map<string, string>();
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText(source) === 'output' &&
      ts.isCallExpression(node.initializer)
    ) {
      const route = node.parent.parent;
      if (ts.isPropertyAssignment(route))
        types.set(route.name.getText(source), node.initializer.typeArguments![0]!.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return types;
}

function fieldTable(title: string, fields: Field[]): string[] {
  return [
    `${title}:`,
    '',
    '| field | required | type and limits |',
    '|---|---|---|',
    ...fields.map(
      (field) =>
        `| \`${field.name}\` | ${field.required ? 'yes' : 'no'} | ${field.type.replace(/\|/g, '\\|')} |`,
    ),
    '',
  ];
}

function settingsText(name: string): string {
  const block = functionBlocks()[name]!;
  return [
    block.timeout === undefined ? '' : `timeout ${block.timeout} s`,
    block.memorySize === undefined ? '' : `memory ${block.memorySize} MB`,
    ...Object.keys(block.environment ?? {}).map((variable) => `\`${variable}\``),
  ]
    .filter(Boolean)
    .join('; ');
}

export function renderApiDocs(): string {
  const outputs = outputTypes();
  const lines = [
    '<!-- Generated from shared/src/contract.ts and functions/src/handlers/jobs.ts by `npm run docs:api`: do not edit. -->',
    '# API',
    '',
    'Every route answers in the envelope (`{ ok: true, data }` or `{ ok: false, error: { code, message, fields? } }`,',
    '`shared/src/envelope.ts`); a signed-in route takes `Authorization: Bearer <token>` from `login`. Access (401, 403),',
    'caching and errors, the same for every route: [api-conventions.md](api-conventions.md). How to add a route:',
    '[architecture.md](architecture.md#adding-a-route). Grants name the statement lists of `custom.grants` in `serverless.yml`.',
    '',
  ];
  for (const [feature, routes] of Object.entries(ROUTE_FEATURES)) {
    lines.push(`## ${feature}`, '');
    for (const [name, route] of Object.entries(routes as Record<string, RouteDef>)) {
      const settings = settingsText(functionOf(name, route));
      lines.push(
        `### ${name}`,
        '',
        `\`${route.method} ${route.path}\``,
        '',
        route.summary,
        '',
        `- who may call: ${accessText(route.access)}`,
        `- answers: \`${outputs.get(name) ?? 'unknown'}\``,
        `- grants: ${route.grants.join(', ') || 'none'}${settings ? `; ${settings}` : ''}`,
        `- handler: \`${handlerModule(feature, name)}.ts\``,
        ...(route.function
          ? [
              `- deployed in: \`${route.function}\` (\`${handlerModule(feature, route.function)}.ts\`)`,
            ]
          : []),
        '',
      );
      if (route.params)
        lines.push(
          ...fieldTable(
            'Path',
            Object.entries(route.params).map(([key, schema]) => ({
              name: key,
              required: true,
              type: typeOf(schema as Schema),
            })),
          ),
        );
      if (route.query) lines.push(...fieldTable('Query', fieldsOf(route.query as Schema)));
      if (route.body) lines.push(...fieldTable('Body (JSON)', fieldsOf(route.body as Schema)));
    }
  }
  lines.push('## Jobs', '', 'Functions no route calls (`functions/src/handlers/jobs.ts`).', '');
  for (const [feature, jobs] of Object.entries(JOBS)) {
    for (const [name, job] of Object.entries(jobs as Record<string, JobDef>)) {
      const settings = settingsText(name);
      const events = job.events.map((event) => Object.keys(event)[0]).join(', ');
      lines.push(
        `- **${name}** (${events}): ${job.summary} Grants ${job.grants.join(', ') || 'none'}${settings ? `; ${settings}` : ''}; \`${handlerModule(feature, name)}.ts\``,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  writeFileSync(API_DOCS, renderApiDocs());
  console.log(`wrote ${API_DOCS}`);
}
