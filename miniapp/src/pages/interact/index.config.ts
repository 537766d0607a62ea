export default definePageConfig({
  navigationBarTitleText: '政民互动',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
