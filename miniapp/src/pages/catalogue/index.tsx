import { usePageParams } from '../../hooks/use-page-params';
import { CatalogueBrowser } from './browser';
import { choiceFromParams } from './facets';

/** The policy library, opened at the kind and facet value its link names (`?kind=document&office=general`). */
export default function Catalogue() {
  return <CatalogueBrowser initial={choiceFromParams(usePageParams())} />;
}
