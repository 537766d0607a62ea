import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  CATEGORY_LABELS,
  KIND_LABELS,
  promisedLimitText,
  SERVICE_KIND_LABELS,
  type GuideDraft,
} from '@sunshine/shared';
import type { ReactNode } from 'react';
import { BodyHeader, BodySection } from './body-header';
import { GuideDetails } from './guide-details';
import { MaterialsChecklist } from './materials-checklist';
import { ServicePlace } from './service-place';
import './guide-body.scss';

interface Props {
  content: GuideDraft;
  /** A published guide's id: the materials checklist is kept per guide on the phone. */
  guideId?: string;
  badges?: ReactNode;
  byline?: ReactNode;
  /** Reviewers read the whole guide at once; residents read the short version first. */
  expanded?: boolean;
}

/**
 * A service guide as residents use it before going to the hall: the short version and the key
 * figures first, what to bring as a checklist, where and when with one-tap call and map; the full
 * guide a tap away.
 */
export function GuideBody({ content, guideId, badges, byline, expanded = false }: Props) {
  const [full, setFull] = useState(expanded);
  const facts: Array<[string, string]> = [
    ['承诺时限', promisedLimitText(content)],
    ['收费', content.fee.free ? '免费' : content.fee.amount],
    ['跑动次数', `${content.visits} 次`],
    ['网上办理', content.onlineUrl ? '可以' : '不支持'],
  ];
  return (
    <>
      <BodyHeader
        tags={
          <>
            <Text className='content-body__tag'>{CATEGORY_LABELS[content.category]}</Text>
            <Text className='content-body__tag content-body__tag--plain'>{KIND_LABELS.guide}</Text>
            <Text className='content-body__tag content-body__tag--plain'>
              {SERVICE_KIND_LABELS[content.serviceKind]}
            </Text>
            {badges}
          </>
        }
        title={content.title}
        byline={byline}
      />
      <View className='guide-body__facts'>
        {facts.map(([label, value]) => (
          <View key={label} className='guide-body__fact'>
            <Text className='guide-body__fact-value'>{value}</Text>
            <Text className='guide-body__fact-label'>{label}</Text>
          </View>
        ))}
      </View>
      <BodySection title='简版指南' text={content.short} />
      <BodySection title={`申请材料（${content.materials.length}）`}>
        <MaterialsChecklist guideId={guideId} materials={content.materials} />
      </BodySection>
      <BodySection title='办理地点与时间'>
        <ServicePlace guide={content} />
      </BodySection>
      {full ? (
        <GuideDetails guide={content} answersOpen={expanded} />
      ) : (
        <View className='guide-body__more' ariaRole='button' onClick={() => setFull(true)}>
          <Text>查看完整指南（申请条件、办理流程、时限、收费依据、常见问题）</Text>
        </View>
      )}
      <Text className='guide-body__code'>事项编码：{content.code}</Text>
    </>
  );
}
