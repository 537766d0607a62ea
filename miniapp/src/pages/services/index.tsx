import { CatalogueBrowser } from '../catalogue/browser';
import { SERVICES_URL } from '../../page-urls';
import { titled } from '../../hooks/use-share';

const GUIDES = ['guide'] as const;

/**
 * 办事 (a tab): the service guides by topic (户政, 出入境, 交通…), then by office or category. It
 * shares itself; once a topic is chosen, the catalogue link that opens that topic's guides.
 */
export default function Services() {
  return (
    <CatalogueBrowser
      initial={{ kind: 'guide', facet: 'topic' }}
      kinds={GUIDES}
      whole={{ title: titled('办事指南'), path: SERVICES_URL }}
    />
  );
}
