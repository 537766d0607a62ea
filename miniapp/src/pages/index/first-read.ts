/**
 * The home page's one read, the first screen's only API request. The H5 build's page starts it
 * beside its scripts (config/preload-home.ts, by this path), so the answer is there when the page
 * asks: the pages test holds the two to the same address.
 */
export const HOME_LATEST = { kind: 'interpretation', limit: 5 } as const;
export const HOME_LATEST_PATH = '/v1/content?kind=interpretation&limit=5';
