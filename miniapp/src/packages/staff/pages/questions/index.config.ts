export default definePageConfig({
  navigationBarTitleText: '留言答复',
  enablePullDownRefresh: true,
});
