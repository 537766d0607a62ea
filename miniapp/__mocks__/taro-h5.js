// @tarojs/taro for jest: the real H5 implementation, flattened so Taro.xxx works (in builds,
// babel rewrites Taro.xxx to named imports), with the network and navigation edges replaced by
// jest.fn() so tests decide what the API answers and see where a tap leads.
const actual = jest.requireActual('@tarojs/plugin-platform-h5/dist/runtime/apis');
const { useEffect } = require('react');

// Page lifecycle hooks fire only inside a Taro-mounted page; in unit tests, run them on mount.
const onMount = (fn) => useEffect(() => void fn({}), []);
const router = { params: {}, path: '/pages/index/index' };

const Taro = {
  ...actual.default,
  ...actual,
  ...jest.requireActual('@tarojs/plugin-framework-react/dist/runtime'),
  useLoad: onMount,
  useReady: onMount,
  useDidShow: onMount,
  usePullDownRefresh: jest.fn(),
  useReachBottom: jest.fn(),
  useShareAppMessage: jest.fn(),
  useShareTimeline: jest.fn(),
  useRouter: jest.fn(() => router),
  request: jest.fn(),
  navigateTo: jest.fn(() => Promise.resolve({ errMsg: 'navigateTo:ok' })),
  navigateBack: jest.fn(() => Promise.resolve({ errMsg: 'navigateBack:ok' })),
  redirectTo: jest.fn(() => Promise.resolve({ errMsg: 'redirectTo:ok' })),
  switchTab: jest.fn(() => Promise.resolve({ errMsg: 'switchTab:ok' })),
  showToast: jest.fn(() => Promise.resolve({ errMsg: 'showToast:ok' })),
  // Confirms by default; a test answers "cancel" with mockResolvedValueOnce.
  showModal: jest.fn(() =>
    Promise.resolve({ errMsg: 'showModal:ok', confirm: true, cancel: false }),
  ),
  setClipboardData: jest.fn(() => Promise.resolve({ errMsg: 'setClipboardData:ok' })),
  stopPullDownRefresh: jest.fn(),
  // Exports in WeChat: the file is downloaded to the phone, then sent to a chat or opened.
  downloadFile: jest.fn(() =>
    Promise.resolve({ errMsg: 'downloadFile:ok', statusCode: 200, tempFilePath: 'wxfile://tmp/1' }),
  ),
  shareFileMessage: jest.fn(() => Promise.resolve({ errMsg: 'shareFileMessage:ok' })),
  openDocument: jest.fn(() => Promise.resolve({ errMsg: 'openDocument:ok' })),
};
delete Taro.default;
module.exports = { __esModule: true, ...Taro, default: Taro };
