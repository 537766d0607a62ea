import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { KIND_LABELS, SearchQuerySchema, validate, type SearchHit } from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { searchContent } from '../../../../services/search';

/** A document to link: its id, and its title when it was found by search. */
export interface PickedDocument {
  id: string;
  title?: string;
}

interface Props {
  /** What is linked: policy documents (the default) or service guides. */
  kind?: 'document' | 'guide';
  /** Already linked: not offered again. */
  exclude: string[];
  onPick: (document: PickedDocument) => void;
}

/**
 * Find a published policy document by words of its title, or take its number as copied from its
 * page: only published documents can be linked, and the search finds only those.
 */
export function DocumentSearch({ kind = 'document', exclude, onPick }: Props) {
  const label = KIND_LABELS[kind];
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>();
  const { run, refuse, busy, failure: problem } = useAction();
  const [typedId, setTypedId] = useState('');

  const search = () => {
    const checked = validate(SearchQuerySchema, { q: query, type: kind });
    if (!checked.ok) return refuse(checked.issues[0]?.message);
    return run(async () => {
      const result = await searchContent(checked.value.q, { type: kind, limit: 10 });
      setHits(result.hits.filter((hit) => hit.type === kind));
    });
  };

  const pick = (document: PickedDocument) => {
    onPick(document);
    setHits(undefined);
    setQuery('');
    setTypedId('');
  };

  const offered = hits?.filter((hit) => !exclude.includes(hit.id));
  return (
    <View className='document-search'>
      <View className='document-search__row'>
        <Input
          className='form-field__input document-search__input'
          value={query}
          confirmType='search'
          placeholder={`输入标题关键词搜索${label}`}
          onInput={(e) => setQuery(e.detail.value)}
          onConfirm={() => void search()}
        />
        <Text className='document-search__button' onClick={() => !busy && void search()}>
          {busy ? '搜索中' : '搜索'}
        </Text>
      </View>
      {problem && <Text className='document-search__problem'>{problem}</Text>}
      {offered?.length === 0 && (
        <Text className='draft-editor__muted'>没有找到可关联的{label}</Text>
      )}
      {offered?.map((hit) => (
        <View
          key={hit.id}
          className='document-search__hit'
          hoverClass='document-search__hit--pressed'
          onClick={() => pick({ id: hit.id, title: hit.title })}
        >
          <Text className='document-search__hit-title'>{hit.title}</Text>
          <Text className='document-search__hit-action'>关联</Text>
        </View>
      ))}
      <View className='document-search__row'>
        <Input
          className='form-field__input document-search__input'
          value={typedId}
          placeholder='或填写文件编号'
          onInput={(e) => setTypedId(e.detail.value)}
        />
        <Text
          className='document-search__button'
          onClick={() => typedId.trim() && pick({ id: typedId.trim().toUpperCase() })}
        >
          关联
        </Text>
      </View>
      <Text className='form-field__hint'>填写已公开发布的{label}编号</Text>
    </View>
  );
}
