import { byRoute } from '../shared-function';
import { handler as browseWorkflowItems } from './browse-workflow-items';
import { handler as listItemAuthors } from './list-item-authors';

/** 内容管理: the content browser and its 作者 choices, one function (contract: `function: 'contentBrowser'`). */
export const handler = byRoute({ browseWorkflowItems, listItemAuthors });
