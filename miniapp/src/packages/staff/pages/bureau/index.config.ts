export default definePageConfig({
  navigationBarTitleText: '机关信息',
});
