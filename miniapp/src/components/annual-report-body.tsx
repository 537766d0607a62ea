import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  APPLICANT_CATEGORIES,
  applicationRowLabel,
  APPLICATION_COLUMN_LABELS,
  CATEGORY_LABELS,
  DECISION_COLUMN_LABEL,
  DECISION_ROW_LABELS,
  DECISION_ROWS,
  FEE_COLUMN_LABEL,
  FEE_ROW_LABEL,
  feeAmountText,
  KIND_LABELS,
  OUTCOME_ROWS_BY_GROUP,
  REMEDY_COLUMN_LABELS,
  REMEDY_COLUMNS,
  REMEDY_KIND_LABELS,
  REMEDY_KINDS,
  REPORT_SECTIONS,
  REPORT_TABLE_LABELS,
  REPORT_TABLES,
  RULE_COLUMN_LABELS,
  RULE_COLUMNS,
  RULE_ROW_LABELS,
  RULE_ROWS,
  type AnnualReportDraft,
  type AnnualReportTables,
  type ApplicationRow,
} from '@sunshine/shared';
import type { ReactNode } from 'react';
import { reportPrintableUrl, reportTableCsvUrl } from '../services/reports';
import { BodyHeader, BodySection } from './body-header';
import './annual-report-body.scss';

const title = (key: (typeof REPORT_SECTIONS)[number]['key']) =>
  REPORT_SECTIONS.find((section) => section.key === key)?.title ?? '';

/** Label and figure on one line: read at 375 px without a table that scrolls sideways. */
function Figure({
  label,
  value,
  strong,
}: {
  label: string;
  value: string | number;
  strong?: boolean;
}) {
  return (
    <View className={`report-figure${strong ? ' report-figure--strong' : ''}`}>
      <Text className='report-figure__label'>{label}</Text>
      <Text className='report-figure__value'>{value}</Text>
    </View>
  );
}

/** One row of a table as a card: its label, then its figures. */
function RowCard({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='report-row'>
      <Text className='report-row__label'>{label}</Text>
      {children}
    </View>
  );
}

/** A row of section 3: its 总计 first, then the six kinds of applicant, two to a line. */
function ApplicationRowCard({ tables, row }: { tables: AnnualReportTables; row: ApplicationRow }) {
  const figures = tables.applications[row];
  return (
    <RowCard label={applicationRowLabel(row)}>
      <Figure label='总计' value={figures.total} strong />
      <View className='report-row__grid'>
        {APPLICANT_CATEGORIES.map((category) => (
          <Figure
            key={category}
            label={
              category === 'natural_person'
                ? APPLICATION_COLUMN_LABELS[category]
                : `法人·${APPLICATION_COLUMN_LABELS[category]}`
            }
            value={figures[category]}
          />
        ))}
      </View>
    </RowCard>
  );
}

function Tables({ tables }: { tables: AnnualReportTables }) {
  return (
    <>
      <BodySection title={title('proactive')}>
        <Text className='report-caption'>第二十条第（一）项</Text>
        {RULE_ROWS.map((row) => (
          <RowCard key={row} label={RULE_ROW_LABELS[row]}>
            {RULE_COLUMNS.map((column) => (
              <Figure
                key={column}
                label={RULE_COLUMN_LABELS[column]}
                value={tables.rules[row][column]}
              />
            ))}
          </RowCard>
        ))}
        <Text className='report-caption'>第二十条第（五）项、第（六）项</Text>
        {DECISION_ROWS.map((row) => (
          <RowCard key={row} label={DECISION_ROW_LABELS[row]}>
            <Figure label={DECISION_COLUMN_LABEL} value={tables.decisions[row]} />
          </RowCard>
        ))}
        <Text className='report-caption'>第二十条第（八）项</Text>
        <RowCard label={FEE_ROW_LABEL}>
          <Figure label={FEE_COLUMN_LABEL} value={feeAmountText(tables.feeAmount)} />
        </RowCard>
      </BodySection>
      <BodySection title={title('applications')}>
        <ApplicationRowCard tables={tables} row='received' />
        <ApplicationRowCard tables={tables} row='carried_in' />
        <Text className='report-caption'>三、本年度办理结果</Text>
        {OUTCOME_ROWS_BY_GROUP.map((group) =>
          group.rows.length === 1 ? (
            <ApplicationRowCard key={group.group} tables={tables} row={group.rows[0]!} />
          ) : (
            <View key={group.group} className='report-group'>
              <Text className='report-group__label'>{group.label}</Text>
              {group.rows.map((row) => (
                <ApplicationRowCard key={row} tables={tables} row={row} />
              ))}
            </View>
          ),
        )}
        <ApplicationRowCard tables={tables} row='outcome_total' />
        <ApplicationRowCard tables={tables} row='carried_out' />
      </BodySection>
      <BodySection title={title('remedies')}>
        {REMEDY_KINDS.map((kind) => (
          <RowCard key={kind} label={REMEDY_KIND_LABELS[kind]}>
            {REMEDY_COLUMNS.map((column) => (
              <Figure
                key={column}
                label={REMEDY_COLUMN_LABELS[column]}
                value={tables.remedies[kind][column]}
                strong={column === 'total'}
              />
            ))}
          </RowCard>
        ))}
      </BodySection>
    </>
  );
}

/**
 * Where the tables download. A mini-program cannot open a web page: copying the address lets a
 * resident open it in a browser; the H5 page opens it.
 */
function Downloads({ id }: { id: string }) {
  const open = (url: string) => {
    if (process.env.TARO_ENV === 'h5') window.open(url, '_blank', 'noopener');
    else void Taro.setClipboardData({ data: url });
  };
  const action = process.env.TARO_ENV === 'h5' ? '打开' : '复制链接';
  return (
    <BodySection title='下载与打印'>
      <View className='content-body__attachment' onClick={() => open(reportPrintableUrl(id))}>
        <Text className='content-body__attachment-name'>打印版（全文及全部表格）</Text>
        <Text className='content-body__attachment-action'>{action}</Text>
      </View>
      {REPORT_TABLES.map((table) => (
        <View
          key={table}
          className='content-body__attachment'
          onClick={() => open(reportTableCsvUrl(id, table))}
        >
          <Text className='content-body__attachment-name'>{REPORT_TABLE_LABELS[table]}（CSV）</Text>
          <Text className='content-body__attachment-action'>{action}</Text>
        </View>
      ))}
    </BodySection>
  );
}

/**
 * 政府信息公开工作年度报告 as residents read it on a phone: the six sections in the format's
 * order, every table as rows of label and figure; a published one links each table's CSV and the
 * printable page. A draft not yet submitted has no figures to show.
 */
export function AnnualReportBody({
  content,
  id,
  badges,
  byline,
}: {
  content: AnnualReportDraft;
  id?: string;
  badges?: ReactNode;
  byline?: ReactNode;
}) {
  const { narrative } = content.inputs;
  return (
    <>
      <BodyHeader
        tags={
          <>
            <Text className='content-body__tag'>{CATEGORY_LABELS[content.category]}</Text>
            <Text className='content-body__tag content-body__tag--plain'>
              {KIND_LABELS.annual_report}
            </Text>
            {badges}
          </>
        }
        title={content.title}
        summary={`${content.year}年度`}
        byline={byline}
      />
      <BodySection title={title('overview')} text={narrative.overview || '无。'} />
      {content.tables ? (
        <Tables tables={content.tables} />
      ) : (
        <BodySection title='统计表' text='统计表在提交审核时根据本年度记录生成。' />
      )}
      <BodySection title={title('problems')} text={narrative.problems || '无。'} />
      <BodySection title={title('other')} text={narrative.other || '无。'}>
        {content.feesCharged && (
          <Figure
            label='收取信息处理费（件 / 元）'
            value={`${content.feesCharged.count} / ${content.feesCharged.amount}`}
          />
        )}
        {content.latePublications !== undefined && (
          <Figure label='超过 20 个工作日公开的信息（条）' value={content.latePublications} />
        )}
      </BodySection>
      {id && content.tables && <Downloads id={id} />}
    </>
  );
}
