import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Compilation, Compiler } from 'webpack';

/**
 * The H5 build's first screen waited on a chain: the page's scripts, then (once they ran) the home
 * page's chunk and style, then (once that ran) its one API read. `npm run bench:first-screen`
 * profiled it: the chunk was fetched ~170 ms after navigation, the read ~300 ms. This plugin puts
 * a few lines in index.html that, when the address is the home page (a deep link to another page
 * leaves them unused), preload both at once, beside the page's scripts: the browser hands each to
 * the code that later asks for it (the chunk loader's <script>, Taro.request's fetch), no second
 * request.
 */
export class PreloadHome {
  constructor(
    /** The home page's module, as webpack resolves it. */
    private readonly homeModule: RegExp,
    /** The home page's first API read (src/pages/index/first-read.ts), from the page's origin. */
    private readonly firstRead: string,
  ) {}

  apply(compiler: Compiler) {
    compiler.hooks.compilation.tap('PreloadHome', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadHome', (data) => {
        const publicPath = String(compilation.outputOptions.publicPath ?? '');
        const links = [
          [this.firstRead, 'fetch'],
          ...this.homeFiles(compilation).map((file) => [
            publicPath + file,
            file.endsWith('.css') ? 'style' : 'script',
          ]),
        ];
        data.headTags.unshift(
          HtmlWebpackPlugin.createHtmlTagObject('script', {}, preloadScript(links)),
        );
        return data;
      });
    });
  }

  /** The scripts and styles of the home page's own (lazily loaded) chunks. */
  private homeFiles(compilation: Compilation): string[] {
    const { chunkGraph } = compilation;
    const home = [...compilation.modules].find((module) =>
      this.homeModule.test(module.nameForCondition() ?? ''),
    );
    if (!home) throw new Error(`PreloadHome: no module matches ${this.homeModule}`);
    const files = new Set<string>();
    for (const chunk of chunkGraph.getModuleChunksIterable(home))
      for (const group of chunk.groupsIterable)
        for (const sibling of group.chunks)
          if (!sibling.canBeInitial())
            for (const file of sibling.files) if (/\.(js|css)$/.test(file)) files.add(file);
    return [...files].sort();
  }
}

/** Inline, before any other script: runs while the HTML is still parsed. */
function preloadScript(links: string[][]): string {
  return `!function(){var h=location.hash;if(h&&h!=="#/"&&h.indexOf("#/pages/index/index")!==0)return;${JSON.stringify(
    links,
  )}.forEach(function(l){var e=document.createElement("link");e.rel="preload";e.href=l[0];e.as=l[1];if(l[1]==="fetch")e.crossOrigin="anonymous";document.head.appendChild(e)})}();`;
}
