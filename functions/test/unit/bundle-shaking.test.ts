import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { parse } from 'yaml';
import { functionBlocks } from '../../../scripts/serverless/function-blocks';

/**
 * Tree-shaking holds: a public read's bundle (serverless-esbuild's options from serverless.yml)
 * carries the DynamoDB commands it sends and not the client's others. One `import()` in the
 * composition root once put every command into every function (+72 KiB); sizes themselves are
 * measured by `npm run bench`, this only catches the mechanism breaking again.
 */
const ROOT = join(__dirname, '..', '..', '..');
const serverless = parse(readFileSync(join(ROOT, 'serverless.yml'), 'utf8'), {
  logLevel: 'silent',
});
const options = serverless.custom.esbuild;

async function bundledCommands(functionName: string): Promise<string[]> {
  const handler = functionBlocks()[functionName]!.handler;
  const result = await esbuild.build({
    entryPoints: [join(ROOT, `${handler.replace(/\.[^.]+$/, '')}.ts`)],
    bundle: true,
    minify: options.minify,
    target: options.target,
    platform: options.platform,
    format: options.format,
    mainFields: options.mainFields,
    external: options.exclude,
    write: false,
    metafile: true,
    outfile: join(ROOT, 'bench', 'out', 'shaking.js'),
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs) as [esbuild.Metafile['outputs'][string]];
  return Object.entries(output.inputs)
    .filter(
      ([path, input]) =>
        input.bytesInOutput > 0 && path.includes('client-dynamodb/dist-es/commands/'),
    )
    .map(([path]) => path.replace(/.*\/commands\/(\w+)Command\.js$/, '$1'))
    .sort();
}

test.each(['listContent', 'getContent', 'health'])(
  '%s bundles only the DynamoDB commands it can send',
  async (name) => {
    const commands = await bundledCommands(name);
    expect(commands.length).toBeGreaterThan(0);
    // (Scan and DescribeEndpoints come with the client's own paginators and endpoint discovery.)
    for (const unused of [
      'CreateTable',
      'DeleteTable',
      'CreateBackup',
      'ExecuteStatement',
      'TransactWriteItems',
    ])
      expect(commands).not.toContain(unused);
    expect(commands.length).toBeLessThanOrEqual(6);
  },
  30_000,
);
