export default definePageConfig({
  navigationBarTitleText: '解读详情',
  enableShareAppMessage: true,
});
