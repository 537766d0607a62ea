export default definePageConfig({
  navigationBarTitleText: '我的信息公开申请',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
