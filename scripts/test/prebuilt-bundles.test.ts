import { join } from 'node:path';

// The serverless plugin as the framework loads it (serverless.yml's `plugins:`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PrebuiltBundles = require('../serverless/prebuilt-bundles.js') as new (
  serverless: unknown,
) => {
  hooks: Record<string, () => void>;
};

/** The parts of the framework's object the plugin reads and writes. */
function framework(command: string) {
  const functions: Record<string, { handler: string; skipEsbuild?: boolean }> = {
    getContent: { handler: 'functions/src/handlers/content/get-content.handler' },
    health: { handler: 'functions/src/handlers/operations/health.handler' },
  };
  return {
    functions,
    processedInput: { commands: command.split(' ') },
    config: { serviceDir: '/repo' },
    service: {
      custom: { 'serverless-offline': { host: '127.0.0.1' } } as Record<
        string,
        Record<string, unknown>
      >,
      getAllFunctions: () => Object.keys(functions),
      getFunction: (key: string) => functions[key]!,
    },
  };
}

function withFolder<T>(folder: string | undefined, run: () => T): T {
  const before = process.env.PREBUILT_BUNDLES_DIR;
  if (folder) process.env.PREBUILT_BUNDLES_DIR = folder;
  else delete process.env.PREBUILT_BUNDLES_DIR;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.PREBUILT_BUNDLES_DIR;
    else process.env.PREBUILT_BUNDLES_DIR = before;
  }
}

describe('the prebuilt-bundles plugin', () => {
  test('under serverless offline with a folder: bundles no function and serves them from it', () => {
    const serverless = framework('offline start');
    withFolder(join('/repo', '.esbuild-own-stack', 'prebuilt'), () =>
      new PrebuiltBundles(serverless).hooks.initialize!(),
    );

    expect(Object.values(serverless.functions).map((fn) => fn.skipEsbuild)).toEqual([true, true]);
    expect(serverless.service.custom['serverless-offline']).toEqual({
      host: '127.0.0.1',
      location: join('.esbuild-own-stack', 'prebuilt'),
    });
  });

  test('does nothing when packaging for a deploy, whatever the environment says', () => {
    const serverless = framework('package');
    const plugin = withFolder(
      '/repo/.esbuild-own-stack/prebuilt',
      () => new PrebuiltBundles(serverless),
    );

    expect(plugin.hooks).toEqual({});
  });

  test('does nothing under serverless offline without a folder (npm start bundles as ever)', () => {
    const plugin = withFolder(undefined, () => new PrebuiltBundles(framework('offline start')));

    expect(plugin.hooks).toEqual({});
  });
});
