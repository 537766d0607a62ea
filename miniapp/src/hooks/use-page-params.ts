import { useRouter } from '@tarojs/taro';
import { routeParam } from '../page-urls';

/**
 * The page's parameters as its link meant them, each decoded once by `routeParam`: the one way a
 * page reads its query, so a deep link with Chinese in it (`?q=身份证` raw from a scan, or
 * percent-encoded from a shared card or the H5 address bar) reads the same everywhere.
 */
export function usePageParams(): Record<string, string | undefined> {
  const { params } = useRouter();
  return Object.fromEntries(
    Object.keys(params).map((name) => [name, routeParam(params, name)] as const),
  );
}
