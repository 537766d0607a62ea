export default definePageConfig({
  navigationBarTitleText: '我的订阅',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
