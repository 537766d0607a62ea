process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
process.env.TARO_APP_H5_API_BASE = 'http://api.test';

// jsdom plays no media: Taro's Video calls load(), which jsdom reports as not implemented.
if (typeof globalThis.window !== 'undefined')
  globalThis.window.HTMLMediaElement.prototype.load = () => undefined;
