export default definePageConfig({
  navigationBarTitleText: '我要留言',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
