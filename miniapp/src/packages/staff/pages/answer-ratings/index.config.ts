export default definePageConfig({
  navigationBarTitleText: '答复评价统计',
  enablePullDownRefresh: true,
});
