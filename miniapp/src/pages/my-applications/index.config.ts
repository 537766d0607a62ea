export default definePageConfig({
  navigationBarTitleText: '我的信息公开申请',
  enablePullDownRefresh: true,
});
