// Component tests: Taro React pages rendered in jsdom against Taro's own H5 components and API.
module.exports = {
  displayName: 'miniapp',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/__tests__/**/*.test.[jt]s?(x)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  transform: {
    '^.+\\.(mjs|cjs|jsx?|tsx?)$': [
      'babel-jest',
      { configFile: require.resolve('./babel.config.js') },
    ],
  },
  // Taro packages ship ESM: let babel transform them.
  transformIgnorePatterns: [
    '/node_modules/(react|react-dom|scheduler|@testing-library|jest[^/]*|@jest|core-js[^/]*|@babel/(?!runtime/helpers/esm))/',
  ],
  moduleNameMapper: {
    '\\.(css|less|sass|scss)$': 'identity-obj-proxy',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/__mocks__/taro-h5.js',
  },
  // Workspaces keep a few Taro packages here while hoisting the rest: look in both.
  modulePaths: ['<rootDir>/node_modules'],
  setupFiles: ['<rootDir>/jest.setup.js'],
  // Build-time constants that Taro's webpack DefinePlugin normally injects.
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
  },
};
