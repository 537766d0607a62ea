export default definePageConfig({
  navigationBarTitleText: '关切详情',
  enablePullDownRefresh: true,
});
