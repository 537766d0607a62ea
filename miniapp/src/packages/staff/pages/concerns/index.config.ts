export default definePageConfig({
  navigationBarTitleText: '回应关切',
  enablePullDownRefresh: true,
});
