import { readFileSync } from 'node:fs';
import { API_DOCS, renderApiDocs } from '../docs-api';

describe('docs/api.md', () => {
  test('is what the route contract renders (else run `npm run docs:api` and commit it)', () => {
    const committed = readFileSync(API_DOCS, 'utf8');

    const rendered = renderApiDocs();

    if (committed !== rendered) throw new Error('docs/api.md is stale: run `npm run docs:api` and commit docs/api.md');
    expect(committed).toBe(rendered);
  });

  test('says on its first line that it is generated and by which command', () => {
    expect(readFileSync(API_DOCS, 'utf8').split('\n')[0]).toMatch(/^<!-- Generated .* by `npm run docs:api`: do not edit\. -->$/);
  });
});
