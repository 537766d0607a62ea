import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { HOME_LATEST_PATH } from '../src/pages/index/first-read';
import { PreloadHome } from './preload-home';

// The workspace package @sunshine/shared ships TypeScript source; compile it like our own.
const SHARED_SOURCE = path.resolve(__dirname, '..', '..', 'shared', 'src');
// npm workspaces hoist most Taro packages to the repository root but keep a few in
// miniapp/node_modules; hoisted packages must still find those, so search both.
const OWN_MODULES = path.resolve(__dirname, '..', 'node_modules');
const findOwnModules = (chain: { resolve: { modules: { add: (dir: string) => unknown } } }) => {
  chain.resolve.modules.add('node_modules');
  chain.resolve.modules.add(OWN_MODULES);
};

// Taro build configuration for both targets: `weapp` (WeChat, into dist/) and `h5` (the browser
// build used by `npm start` and the end-to-end tests, into dist-h5/).
// Every class is BEM-named after its own component, so the order in which pages pull in shared
// component styles cannot change the cascade: silence mini-css-extract's order warnings.
const CSS_EXTRACT = { ignoreOrder: true };
// The H5 build's scripts and styles are named after their content, so the local web server (and
// CloudFront) can let a browser keep them for good and only index.html is fetched again.
const HASHED = '[name].[contenthash:8]';
// 我的 › 关于 names the build's version (WeChat's own release number, once published, wins).
const { version } = JSON.parse(
  readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8'),
) as { version: string };

export default defineConfig<'webpack5'>(async () => {
  const isH5 = process.env.TARO_ENV === 'h5';
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'sunshine',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    plugins: [],
    defineConstants: {},
    env: { APP_VERSION: JSON.stringify(version) },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile: { include: [SHARED_SOURCE] },
      webpackChain: findOwnModules,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // Keep the main package small: no source maps shipped to WeChat.
      enableSourceMap: false,
      miniCssExtractPluginOption: CSS_EXTRACT,
    },
    h5: {
      compile: { include: [SHARED_SOURCE] },
      webpackChain: (chain) => {
        findOwnModules(chain);
        chain
          .plugin('preloadHome')
          .use(PreloadHome, [
            /[\\/]src[\\/]pages[\\/]index[\\/]index\.tsx$/,
            `${process.env.TARO_APP_H5_API_BASE ?? ''}${HOME_LATEST_PATH}`,
          ]);
      },
      output: {
        // Taro's own rule (entry chunks under js/), with the content hash.
        filename: ({ chunk }) =>
          chunk && 'runtime' in chunk && chunk.runtime === 'app'
            ? `js/${HASHED}.js`
            : `${HASHED}.js`,
        chunkFilename: `chunk/${HASHED}.js`,
      },
      publicPath: './',
      staticDirectory: 'static',
      // Hash routing works on any static server, deep links included.
      router: { mode: 'hash' },
      enableSourceMap: false,
      miniCssExtractPluginOption: {
        ...CSS_EXTRACT,
        filename: `css/${HASHED}.css`,
        chunkFilename: `css/${HASHED}.css`,
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return config;
});
