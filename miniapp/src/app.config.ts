export default defineAppConfig({
  pages: ['pages/index/index', 'pages/interpretations/list', 'pages/interpretations/detail'],
  window: {
    navigationBarBackgroundColor: '#1E4DA1',
    navigationBarTitleText: '阳光政务',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F3F5F9',
    backgroundTextStyle: 'dark',
  },
});
