export default definePageConfig({
  navigationBarTitleText: '编辑解读',
});
