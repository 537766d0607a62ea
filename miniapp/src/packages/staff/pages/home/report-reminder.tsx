import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { chinaClock, chinaDate } from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { annualReportUrl } from '../../../../page-urls';
import { listContent } from '../../../../services/content';
import './report-reminder.scss';

/**
 * From 1 January until last year's 政府信息公开工作年度报告 is published, the desk says so; after
 * 31 January (the deadline of 政府信息公开条例 art. 49) it says so in red. One public read: the
 * catalogue's annual reports, which carry their year.
 */
export function ReportReminder({ refreshKey }: { refreshKey: number }) {
  const now = new Date();
  const year = chinaClock(now).year - 1;
  const reports = useRemote(() => listContent({ kind: 'annual_report', limit: 50 }), [refreshKey]);
  if (!reports.data || reports.data.items.some((card) => card.year === year)) return null;
  const late = chinaDate(now) > `${year + 1}-01-31`;
  return (
    <View
      className={`report-reminder${late ? ' report-reminder--late' : ''}`}
      hoverClass='report-reminder--pressed'
      onClick={() => void Taro.navigateTo({ url: annualReportUrl(year) })}
    >
      <Text>{`${year}年度政府信息公开工作年度报告尚未发布（1月31日前）`}</Text>
      {late && <Text className='report-reminder__late'>已逾期</Text>}
    </View>
  );
}
