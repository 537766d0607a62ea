export default definePageConfig({
  navigationBarTitleText: '政策文库',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
