export default defineAppConfig({
  pages: ['pages/index/index', 'pages/catalogue/index', 'pages/content/detail', 'pages/search/index', 'pages/ask/index', 'pages/my-questions/index', 'pages/apply/index', 'pages/my-applications/index', 'pages/my-subscriptions/index'],
  // Staff pages live in a subpackage: residents never download them.
  subPackages: [
    {
      root: 'packages/staff',
      pages: [
        'pages/home/index',
        'pages/sign-in/index',
        'pages/editor/index',
        'pages/review/index',
        'pages/revisions/index',
        'pages/ratings/index',
        'pages/staff-admin/index',
        'pages/audit/index',
        'pages/guide-import/index',
        'pages/questions/index',
        'pages/consultation/index',
        'pages/releases/index',
        'pages/answer-ratings/index',
        'pages/applications/index',
      ],
    },
  ],
  window: {
    navigationBarBackgroundColor: '#1E4DA1',
    navigationBarTitleText: '阳光政务',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F3F5F9',
    backgroundTextStyle: 'dark',
  },
});
