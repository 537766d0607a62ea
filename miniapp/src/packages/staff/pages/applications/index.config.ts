export default definePageConfig({
  navigationBarTitleText: '依申请公开办理',
  enablePullDownRefresh: true,
});
