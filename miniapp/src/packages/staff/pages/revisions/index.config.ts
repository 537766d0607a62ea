export default definePageConfig({
  navigationBarTitleText: '版本记录',
});
