/**
 * The address of the home page's one read (`listContent` of its latest interpretations), the
 * first screen's only API request. The H5 build's page starts it beside its scripts
 * (config/preload-home.ts), so the answer is there when the page asks; the pages test holds the
 * page's request to this address. The page does not import it: the WeChat main package stays
 * as it was.
 */
export const HOME_LATEST_PATH = '/v1/content?kind=interpretation&limit=5';
