import { readFileSync } from 'node:fs';
import { ROUTE_FEATURES } from '@sunshine/shared';
import { JOBS } from '../../functions/src/handlers/jobs';
import { API_DOCS, renderApiDocs } from '../docs-api';

/** Every route and job of the two tables, by name, with what it declares. */
const declared = (): Array<[string, { summary?: unknown }]> =>
  [...Object.values(ROUTE_FEATURES), ...Object.values(JOBS)].flatMap((group) =>
    Object.entries(group as Record<string, { summary?: unknown }>),
  );

describe('docs/api.md', () => {
  test('is what the route contract renders (else run `npm run docs:api` and commit it)', () => {
    const committed = readFileSync(API_DOCS, 'utf8');

    const rendered = renderApiDocs();

    if (committed !== rendered)
      throw new Error('docs/api.md is stale: run `npm run docs:api` and commit docs/api.md');
    expect(committed).toBe(rendered);
  });

  test('says on its first line that it is generated and by which command', () => {
    expect(readFileSync(API_DOCS, 'utf8').split('\n')[0]).toMatch(
      /^<!-- Generated .* by `npm run docs:api`: do not edit\. -->$/,
    );
  });

  test('every route and job declares a non-empty summary', () => {
    const missing = declared()
      .filter(([, def]) => typeof def.summary !== 'string' || def.summary.trim() === '')
      .map(([name]) => name);

    expect(missing).toEqual([]);
  });

  test("prints each route's and job's summary in its own entry", () => {
    const rendered = renderApiDocs();

    const unprinted = declared()
      .filter(([name, def]) => !entry(rendered, name).includes(String(def.summary)))
      .map(([name]) => name);

    expect(unprinted).toEqual([]);
  });
});

/** A route's section (its heading to the next heading) or a job's line. */
function entry(rendered: string, name: string): string {
  const lines = rendered.split('\n');
  const heading = lines.indexOf(`### ${name}`);
  if (heading >= 0) {
    const next = lines.findIndex((line, index) => index > heading && line.startsWith('#'));
    return lines.slice(heading, next < 0 ? undefined : next).join('\n');
  }
  return lines.find((line) => line.startsWith(`- **${name}** `)) ?? '';
}
