import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, FORMAT_LABELS, SECTION_KEYS, SECTION_LABELS, type InterpretationDraft } from '@sunshine/shared';
import { paragraphs } from '../../../../services/format';
import { StaffCard } from '../../components/staff-card';

/** The draft as it would be published, read-only and with every answer open, for review. */
export function DraftView({ draft }: { draft: InterpretationDraft }) {
  const { document } = draft;
  return (
    <>
      <StaffCard>
        <View className='review__tags'>
          <Text className='review__tag'>{CATEGORY_LABELS[draft.category]}</Text>
          <Text className='review__tag review__tag--plain'>{FORMAT_LABELS[draft.format]}</Text>
        </View>
        <Text className='review__title'>{draft.title}</Text>
        <Text className='review__summary'>{draft.summary}</Text>
        <View className='review__document'>
          <Text className='review__document-label'>解读文件</Text>
          <Text className='review__document-title'>{document.title}</Text>
          <Text className='review__document-meta'>{[document.issuer, document.number, `成文日期 ${document.issuedAt}`].filter(Boolean).join(' · ')}</Text>
        </View>
      </StaffCard>

      {SECTION_KEYS.map((key) => (
        <StaffCard key={key} title={SECTION_LABELS[key]}>
          {paragraphs(draft.sections[key]).map((line, index) => (
            <Text key={index} className='review__paragraph'>
              {line}
            </Text>
          ))}
        </StaffCard>
      ))}

      {draft.qa.length > 0 && (
        <StaffCard title={`政策问答（${draft.qa.length}）`}>
          {draft.qa.map((pair, index) => (
            <View key={index} className='review__qa'>
              <Text className='review__question'>问：{pair.question}</Text>
              <Text className='review__answer'>答：{pair.answer}</Text>
            </View>
          ))}
        </StaffCard>
      )}
    </>
  );
}
