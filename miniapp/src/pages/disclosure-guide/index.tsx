import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { DemoBadge } from '../../components/demo-badge';
import { PageState } from '../../components/page-state';
import { useLargeText } from '../../hooks/use-large-text';
import { useRemote } from '../../hooks/use-remote';
import { APPLY_URL, catalogueUrl, DISCLOSURE_GUIDE_URL, NEGATIVE_LIST_URL } from '../../page-urls';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import { loadBureau } from '../../services/bureau';
import { formatDate } from '../../services/format';
import { guideSections, type GuideLink } from './guide-sections';
import './index.scss';

const LINKS: Record<GuideLink['url'], () => string> = {
  apply: () => APPLY_URL,
  catalogue: () => catalogueUrl({ kind: 'document' }),
  negativeList: () => NEGATIVE_LIST_URL,
};

/** 政府信息公开指南 (art. 12): how to find and apply for information, whom to ask, fees, remedies. */
export default function DisclosureGuide() {
  const largeText = useLargeText();
  const profile = useRemote(loadBureau, []);
  usePullDownRefresh(() => {
    profile.reload();
    Taro.stopPullDownRefresh();
  });
  const data = profile.data;
  const share = useShare({
    title: titled(`${data?.name ?? ''}政府信息公开指南`),
    path: DISCLOSURE_GUIDE_URL,
  });
  return (
    <View className={`disclosure-guide${largeText.pageClass}`}>
      <PageState loading={profile.loading} error={profile.error} onRetry={profile.reload}>
        {data && (
          <>
            <View className='disclosure-guide__header'>
              <Text className='disclosure-guide__title'>{data.name}政府信息公开指南</Text>
              <View className='disclosure-guide__meta'>
                {data.updatedAt && (
                  <Text className='disclosure-guide__updated'>
                    更新日期：{formatDate(data.updatedAt)}
                  </Text>
                )}
                {data.demo && <DemoBadge />}
              </View>
              <Text className='disclosure-guide__intro'>
                根据《中华人民共和国政府信息公开条例》，为便于公民、法人和其他组织获取本机关的政府信息，编制本指南。
              </Text>
            </View>
            {guideSections(data, new Date()).map((section) => (
              <View key={section.title} className='disclosure-guide__section'>
                <Text className='disclosure-guide__section-title'>{section.title}</Text>
                {section.paragraphs.map((text) => (
                  <Text key={text} className='disclosure-guide__paragraph'>
                    {text}
                  </Text>
                ))}
                {section.rows && (
                  <View className='disclosure-guide__rows'>
                    {section.rows.map(([label, value]) => (
                      <View key={label} className='disclosure-guide__row'>
                        <Text className='disclosure-guide__label'>{label}</Text>
                        <Text className='disclosure-guide__value' userSelect>
                          {value}
                        </Text>
                      </View>
                    ))}
                  </View>
                )}
                {section.entries && section.entries.length > 0 && (
                  <>
                    <Text className='disclosure-guide__subtitle'>各科室联系方式</Text>
                    {section.entries.map((entry) => (
                      <View key={entry.title} className='disclosure-guide__entry'>
                        <Text className='disclosure-guide__entry-title'>{entry.title}</Text>
                        {entry.lines.map((line) => (
                          <Text key={line} className='disclosure-guide__entry-line' userSelect>
                            {line}
                          </Text>
                        ))}
                      </View>
                    ))}
                  </>
                )}
                {section.link && (
                  <Text
                    className='disclosure-guide__link'
                    onClick={() => Taro.navigateTo({ url: LINKS[section.link!.url]() })}
                  >
                    {section.link.label}
                  </Text>
                )}
              </View>
            ))}
          </>
        )}
      </PageState>
      <CopyLink path={share.path} />
    </View>
  );
}
