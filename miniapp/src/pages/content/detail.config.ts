export default definePageConfig({
  navigationBarTitleText: '政务公开',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
