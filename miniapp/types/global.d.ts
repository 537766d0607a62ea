declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    TARO_APP_API_BASE?: string;
    TARO_APP_H5_API_BASE?: string;
    TARO_APP_DEV_SIGN_IN?: string;
    TARO_APP_H5_SANDBOX_BASE?: string;
  }
}
declare module '*.scss';
