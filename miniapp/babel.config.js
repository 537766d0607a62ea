// babel-preset-taro compiles the pages and the workspace package @sunshine/shared alike.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
