import { useEffect, useState } from 'react';
import type { ItemAuthorView } from '@sunshine/shared';
import { listItemAuthors } from '../../../../services/staff';

/**
 * The editors to offer in 作者, when they arrive. Without them the filter still offers 全部 and
 * 我创建的: a failed read changes nothing else on the page.
 */
export function useItemAuthors(): ItemAuthorView[] {
  const [authors, setAuthors] = useState<ItemAuthorView[]>([]);
  useEffect(() => {
    let current = true;
    listItemAuthors().then(
      (all) => current && setAuthors(all),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return authors;
}
