export default definePageConfig({
  navigationBarTitleText: '政策解读',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
});
