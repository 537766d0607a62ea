import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { promisedLimitText, statutoryLimitText, type GuideDraft } from '@sunshine/shared';
import { BodySection } from './body-header';
import { QaList } from './qa-list';

/** The full guide, below the short one: basis, conditions, steps, limits, fee basis, FAQ. */
export function GuideDetails({ guide, answersOpen }: { guide: GuideDraft; answersOpen?: boolean }) {
  return (
    <>
      <BodySection title='申请条件' text={guide.eligibility} />
      {guide.refusalGrounds && <BodySection title='不予受理的情形' text={guide.refusalGrounds} />}
      <BodySection title='办理流程'>
        {guide.steps.map((step, index) => (
          <View key={index} className='guide-body__step'>
            <Text className='guide-body__step-number'>{index + 1}</Text>
            <View className='guide-body__step-text'>
              <Text className='guide-body__step-name'>{step.name}</Text>
              <Text className='guide-body__step-description'>{step.description}</Text>
            </View>
          </View>
        ))}
      </BodySection>
      <BodySection
        title='办理时限'
        text={[
          `法定办结时限：${statutoryLimitText(guide)}`,
          `承诺办结时限：${promisedLimitText(guide)}`,
          guide.excludedSteps && `不计入时限的环节：${guide.excludedSteps}`,
        ]
          .filter(Boolean)
          .join('\n')}
      />
      <BodySection
        title='收费'
        text={guide.fee.free ? '不收费' : `${guide.fee.amount}\n收费依据：${guide.fee.basis}`}
      />
      <BodySection title='设定依据' text={guide.basis} />
      {guide.onlineUrl && (
        <BodySection title='网上办理'>
          <View
            className='guide-body__link'
            ariaRole='button'
            onClick={() => void Taro.setClipboardData({ data: guide.onlineUrl! })}
          >
            <Text>{guide.onlineUrl}（点击复制，在浏览器中打开）</Text>
          </View>
        </BodySection>
      )}
      {guide.faq.length > 0 && (
        <BodySection title={`常见问题（${guide.faq.length}）`}>
          <QaList pairs={guide.faq} initiallyOpen={answersOpen} />
        </BodySection>
      )}
    </>
  );
}
