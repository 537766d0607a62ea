import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { CATEGORY_LABELS, FORMAT_LABELS, SECTION_KEYS, SECTION_LABELS } from '@sunshine/shared';
import { DemoBadge } from '../../components/demo-badge';
import { detailUrl } from '../../components/interpretation-card';
import { PageState } from '../../components/page-state';
import { QaList } from '../../components/qa-list';
import { useRemote } from '../../hooks/use-remote';
import { formatDate, paragraphs } from '../../services/format';
import { getInterpretation } from '../../services/interpretations';
import './detail.scss';

/** One interpretation: its source document, the four sections and the policy Q&A. */
export default function InterpretationDetail() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => getInterpretation(id), [id]);
  const item = remote.data;
  // Residents forward interpretations to family and neighbours: share the page itself.
  useShareAppMessage(() => ({ title: item?.title ?? '政策解读', path: detailUrl(id) }));
  return (
    <View className='interp-detail'>
      <PageState loading={remote.loading} error={remote.error} onRetry={remote.reload}>
        {item && (
          <>
            <View className='interp-detail__header'>
              <View className='interp-detail__tags'>
                <Text className='interp-detail__tag'>{CATEGORY_LABELS[item.category]}</Text>
                <Text className='interp-detail__tag interp-detail__tag--plain'>{FORMAT_LABELS[item.format]}</Text>
                {item.demo && <DemoBadge />}
              </View>
              <Text className='interp-detail__title'>{item.title}</Text>
              <Text className='interp-detail__date'>发布日期：{formatDate(item.publishedAt)}</Text>
            </View>

            <View className='interp-detail__document'>
              <Text className='interp-detail__document-label'>解读文件</Text>
              <Text className='interp-detail__document-title'>{item.document.title}</Text>
              <Text className='interp-detail__document-meta'>
                {[item.document.issuer, item.document.number, `成文日期 ${item.document.issuedAt}`].filter(Boolean).join(' · ')}
              </Text>
            </View>

            {SECTION_KEYS.map((key) => (
              <View key={key} className='interp-detail__section'>
                <Text className='interp-detail__section-title'>{SECTION_LABELS[key]}</Text>
                {paragraphs(item.sections[key]).map((line, index) => (
                  <Text key={index} className='interp-detail__paragraph'>
                    {line}
                  </Text>
                ))}
              </View>
            ))}

            {item.qa.length > 0 && (
              <View className='interp-detail__section'>
                <Text className='interp-detail__section-title'>政策问答（{item.qa.length}）</Text>
                <QaList pairs={item.qa} />
              </View>
            )}
          </>
        )}
      </PageState>
    </View>
  );
}
