import { Text, View } from '@tarojs/components';
import { DECISION_LABELS, type ConsultationReport } from '@sunshine/shared';
import { formatDate, paragraphs } from '../../services/format';
import { BarChart } from './bar-chart';

/** 意见收集和采纳情况: the counts as a chart, staff's account, and per clause what was decided and why. */
export function ReportView({ report }: { report: ConsultationReport }) {
  const { counts } = report;
  return (
    <View className='consultation__card'>
      <Text className='consultation__heading'>意见收集和采纳情况</Text>
      <Text className='consultation__muted'>
        {formatDate(report.publishedAt)} 公布 · 共收到意见 {counts.received} 条，公开{' '}
        {counts.published} 条
      </Text>
      <BarChart
        total={counts.published}
        rows={[
          { label: DECISION_LABELS.adopted, count: counts.adopted },
          { label: DECISION_LABELS.partly, count: counts.partly },
          { label: DECISION_LABELS.not_adopted, count: counts.notAdopted },
        ]}
      />
      {paragraphs(report.summary).map((line, index) => (
        <Text key={index} className='consultation__paragraph'>
          {line}
        </Text>
      ))}
      {report.sections.map((section) => (
        <View key={section.section} className='consultation__report-section'>
          <Text className='consultation__subheading'>{section.section}</Text>
          {section.items.map((item, index) => (
            <View key={index} className='consultation__decision'>
              <Text className='consultation__quote'>“{item.excerpt}”</Text>
              <Text className={`consultation__verdict consultation__verdict--${item.decision}`}>
                {DECISION_LABELS[item.decision]}
                {item.reason ? `：${item.reason}` : ''}
              </Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
