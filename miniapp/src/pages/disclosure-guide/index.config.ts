export default definePageConfig({
  navigationBarTitleText: '政府信息公开指南',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
