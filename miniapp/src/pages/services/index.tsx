import { CatalogueBrowser } from '../catalogue/browser';
import { choiceFromParams } from '../catalogue/facets';
import { SERVICES_URL } from '../../page-urls';
import { titled } from '../../hooks/use-share';
import { usePageParams } from '../../hooks/use-page-params';

const GUIDES = ['guide'] as const;

/**
 * 办事 (a tab): the service guides by topic (户政, 出入境, 交通…), then by office or category. It
 * shares itself; once a topic is chosen, the catalogue link that opens that topic's guides. A tab
 * page gets no query from switchTab, but does when 朋友圈 or a scan opens it: the facet value it
 * names (`?topic=household`) is chosen again; its kind is always the guides.
 */
export default function Services() {
  return (
    <CatalogueBrowser
      initial={choiceFromParams({ ...usePageParams(), kind: 'guide' })}
      kinds={GUIDES}
      whole={{ title: titled('办事指南'), path: SERVICES_URL }}
    />
  );
}
