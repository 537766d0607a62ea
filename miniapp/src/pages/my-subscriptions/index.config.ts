export default definePageConfig({
  navigationBarTitleText: '我的订阅',
  enablePullDownRefresh: true,
});
