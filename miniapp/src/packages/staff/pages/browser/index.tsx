import { Input, Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import {
  BROWSE_TEXT_MAX,
  CATEGORY_LABELS,
  CONTENT_KINDS,
  DISCLOSURE_CATEGORIES,
  KIND_LABELS,
  STATUS_LABELS,
  WORKFLOW_STATUSES,
  type BrowseOrder,
  type BrowseQueryInput,
} from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { LoadMoreFooter } from '../../../../components/load-more-footer';
import { useOffices } from '../../../../hooks/use-bureau';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { useTopics } from '../../../../hooks/use-topics';
import { reviewUrl } from '../../../../page-urls';
import { currentSession } from '../../../../services/auth';
import { browseWorkflowItems } from '../../../../services/staff';
import { useItemAuthors } from './use-item-authors';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { BrowseResult } from './browse-result';
import './index.scss';

const ALL = 'all';
type All = typeof ALL;
/** A picker's options with 全部 first. */
const withAll = <T extends string>(options: readonly T[]) => [ALL, ...options] as const;
const allLabels = <T extends string>(labels: Record<T, string>) =>
  ({ [ALL]: '全部', ...labels }) as Record<T | All, string>;

const ORDER_LABELS: Record<BrowseOrder, string> = {
  newest: '最近更新在前',
  oldest: '最早更新在前',
};
const MINE = 'mine';

interface Filters {
  kind: (typeof CONTENT_KINDS)[number] | All;
  status: (typeof WORKFLOW_STATUSES)[number] | All;
  office: string;
  category: (typeof DISCLOSURE_CATEGORIES)[number] | All;
  /** A built-in topic or one staff added (`c-…`). */
  topic: string;
  /** 我创建的, or any editor's user id (from the staff who hold the role, revoked ones too). */
  author: string;
  from?: string;
  to?: string;
  order: BrowseOrder;
}

const NO_FILTERS: Filters = {
  kind: ALL,
  status: ALL,
  office: ALL,
  category: ALL,
  topic: ALL,
  author: ALL,
  order: 'newest',
};

const chosen = <T extends string>(value: T | All) => (value === ALL ? undefined : value);

/** A date picker that may be left empty: the range is open on that side. */
function DatePicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value?: string;
  onChange: (value?: string) => void;
}) {
  return (
    <FormField label={label}>
      <Picker mode='date' value={value ?? ''} onChange={(event) => onChange(event.detail.value)}>
        <View className='form-field__picker'>
          <Text className={value ? '' : 'form-field__picker-placeholder'}>{value ?? '不限'}</Text>
          <Text className='form-field__picker-arrow'>选择 ›</Text>
        </View>
      </Picker>
    </FormField>
  );
}

/**
 * 内容管理: every item of every kind and status, searched in its title, 文号, 索引号 and text,
 * filtered, by last change; each opens its workflow page.
 */
export default function Browser() {
  const { pageClass } = useLargeText();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const offices = useOffices('list');
  // Built-in topics at once; those staff added when the list arrives.
  const topics = useTopics();
  const topicLabels = allLabels(
    Object.fromEntries(topics.map((topic) => [topic.key, topic.label])) as Record<string, string>,
  );
  const authors = useItemAuthors();
  const authorLabels = allLabels({
    [MINE]: '我创建的',
    ...Object.fromEntries(
      authors.map((author) => [
        author.userId,
        author.active ? author.name : `${author.name}（已停用）`,
      ]),
    ),
  } as Record<string, string>);
  const officeIds = offices.map((office) => office.id);
  const officeLabels = allLabels(
    Object.fromEntries(offices.map((office) => [office.id, office.name])) as Record<string, string>,
  );
  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) =>
      setFilters((current) => ({ ...current, [key]: value }));

  const query: BrowseQueryInput = {
    q: q || undefined,
    kind: chosen(filters.kind),
    status: chosen(filters.status),
    office: chosen(filters.office),
    category: chosen(filters.category),
    topic: filters.topic === ALL ? undefined : filters.topic,
    author:
      filters.author === MINE
        ? currentSession()?.user.userId
        : filters.author === ALL
          ? undefined
          : filters.author,
    from: filters.from,
    to: filters.to,
    order: filters.order,
  };
  const list = usePagedList(
    (cursor) => browseWorkflowItems({ ...query, cursor }),
    [JSON.stringify(query)],
  );
  // Pages follow the last change: an item edited between two pages comes again further on (or,
  // newest first, is seen on reload at the top). Each id is listed once, where it was first seen.
  const items = useMemo(() => firstOfEachId(list.items), [list.items]);
  const search = () => setQ(typed.trim());
  const clear = () => {
    setTyped('');
    setQ('');
    setFilters(NO_FILTERS);
  };
  const officeName = (id: string) => offices.find((office) => office.id === id)?.name ?? id;

  return (
    <View className={`browser${pageClass}`}>
      <StaffCard>
        <View className='browser__search'>
          <View className='browser__search-input'>
            <Input
              className='form-field__input'
              value={typed}
              confirmType='search'
              maxlength={BROWSE_TEXT_MAX}
              placeholder='标题、文号、索引号或正文中的词'
              onInput={(event) => setTyped(event.detail.value)}
              onConfirm={search}
            />
          </View>
          <ActionButton compact onClick={search}>
            搜索
          </ActionButton>
        </View>
        <View className='browser__filters'>
          <View className='browser__filter'>
            <FormField label='类型'>
              <OptionPicker
                options={withAll(CONTENT_KINDS)}
                labels={allLabels(KIND_LABELS)}
                value={filters.kind}
                placeholder='全部'
                onChange={set('kind')}
              />
            </FormField>
          </View>
          <View className='browser__filter'>
            <FormField label='状态'>
              <OptionPicker
                options={withAll(WORKFLOW_STATUSES)}
                labels={allLabels(STATUS_LABELS)}
                value={filters.status}
                placeholder='全部'
                onChange={set('status')}
              />
            </FormField>
          </View>
          <View className='browser__filter'>
            <FormField label='科室'>
              <OptionPicker
                options={withAll(officeIds)}
                labels={officeLabels}
                value={filters.office}
                placeholder='全部'
                onChange={set('office')}
              />
            </FormField>
          </View>
          <View className='browser__filter'>
            <FormField label='公开类别'>
              <OptionPicker
                options={withAll(DISCLOSURE_CATEGORIES)}
                labels={allLabels(CATEGORY_LABELS)}
                value={filters.category}
                placeholder='全部'
                onChange={set('category')}
              />
            </FormField>
          </View>
          <View className='browser__filter'>
            <FormField label='主题'>
              <OptionPicker
                options={withAll(topics.map((topic) => topic.key))}
                labels={topicLabels}
                value={filters.topic}
                placeholder='全部'
                onChange={set('topic')}
              />
            </FormField>
          </View>
          <View className='browser__filter'>
            <FormField label='作者'>
              <OptionPicker
                options={withAll([MINE, ...authors.map((author) => author.userId)])}
                labels={authorLabels}
                value={filters.author}
                placeholder='全部'
                onChange={set('author')}
              />
            </FormField>
          </View>
          <View className='browser__filter'>
            <DatePicker label='更新日期自' value={filters.from} onChange={set('from')} />
          </View>
          <View className='browser__filter'>
            <DatePicker label='更新日期至' value={filters.to} onChange={set('to')} />
          </View>
          <View className='browser__filter'>
            <FormField label='排序'>
              <OptionPicker
                options={['newest', 'oldest'] as const}
                labels={ORDER_LABELS}
                value={filters.order}
                placeholder='最近更新在前'
                onChange={set('order')}
              />
            </FormField>
          </View>
        </View>
        <ActionButton variant='secondary' onClick={clear}>
          清除搜索和筛选
        </ActionButton>
      </StaffCard>

      <StaffCard title='全部内容'>
        <StaffPageState
          loading={list.loading}
          error={list.error}
          empty={items.length === 0 && !list.hasMore}
          emptyText='没有符合条件的内容'
          onRetry={() => void list.refresh()}
        >
          {items.map((item) => (
            <BrowseResult
              key={item.id}
              item={item}
              officeName={officeName(item.office)}
              onOpen={() => void Taro.navigateTo({ url: reviewUrl(item.id) })}
            />
          ))}
          {/* A search reads a part of the library at a time: an empty part still goes on. */}
          {items.length === 0 && list.hasMore && (
            <Text className='browser__hint'>
              已查找一部分内容，暂无符合条件的；点「加载更多」继续查找。
            </Text>
          )}
          <LoadMoreFooter list={list} />
        </StaffPageState>
      </StaffCard>
    </View>
  );
}

/** The items with each id once, at its first place. */
function firstOfEachId<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
}
