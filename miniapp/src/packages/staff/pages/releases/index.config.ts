export default definePageConfig({
  navigationBarTitleText: '订阅推送',
  enablePullDownRefresh: true,
});
