export default definePageConfig({
  navigationBarTitleText: '服务质量',
});
