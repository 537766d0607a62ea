import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  chinaClock,
  ContentDraftSchema,
  DECISION_COLUMN_LABEL,
  DECISION_ROW_LABELS,
  DECISION_ROWS,
  FEE_COLUMN_LABEL,
  FEE_ROW_LABEL,
  REMEDY_COLUMN_LABELS,
  REMEDY_COLUMNS,
  REMEDY_KIND_LABELS,
  REMEDY_KINDS,
  REPORT_SECTIONS,
  validate,
  type ContentDraft,
  type LiveReportView,
  type ReportCell,
} from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { ChipRow } from '../../../../components/chip-row';
import { useRemote } from '../../../../hooks/use-remote';
import { useAction } from '../../../../hooks/use-submission';
import { reviewUrl } from '../../../../page-urls';
import { getLiveReport } from '../../../../services/reports';
import { createDraft, submitForReview, updateDraft } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import { ConcernFigures } from './concern-figures';
import { StaffPageState } from '../../components/staff-page-state';
import { StatusBadge } from '../../components/status-badge';
import { CellRecords } from './cell-records';
import { ComputedTables } from './computed-tables';
import { reportDraft, reportForm, type ReportForm } from './report-form';
import './index.scss';
import { usePageParams } from '../../../../hooks/use-page-params';

/** The years offered: the last three, the one just ended first (the report due by 31 January). */
function yearsOffered(): number[] {
  const thisYear = chinaClock(new Date()).year;
  return [thisYear - 1, thisYear - 2, thisYear - 3];
}

const LOCKED: Partial<Record<string, string>> = {
  in_review: '报告正在审核中，暂不能修改。如需修改，请联系审核人员退回。',
  scheduled: '报告已定时发布，暂不能修改。如需修改，请联系审核人员退回。',
};

/**
 * 年度报告: pick a year, see what the product computed (tap a figure for the records behind it),
 * enter what it cannot know, save, and submit to the same review as every item.
 */
export default function AnnualReportPage() {
  const { pageClass } = useLargeText();
  const param = Number(usePageParams().year);
  const years = yearsOffered();
  const [year, setYear] = useState(years.includes(param) ? param : years[0]!);
  const live = useRemote(() => getLiveReport(year), [year]);
  return (
    <View className={`staff-report${pageClass}`}>
      <ChipRow
        chips={years.map((option) => ({ key: option, label: `${option}年度` }))}
        active={year}
        onPick={setYear}
      />
      <StaffPageState loading={live.loading && !live.data} error={live.error} onRetry={live.reload}>
        {live.data && live.data.year === year && (
          <YearReport key={year} view={live.data} onSaved={live.reload} />
        )}
      </StaffPageState>
    </View>
  );
}

function YearReport({ view, onSaved }: { view: LiveReportView; onSaved: () => void }) {
  const { year, item } = view;
  const [form, setForm] = useState<ReportForm>(() =>
    reportForm(item?.title ?? view.suggestedTitle, item?.inputs),
  );
  const [openCell, setOpenCell] = useState<ReportCell>();
  const { submit, running, failure, issues, issueOf } = useAction<'save' | 'submit'>();
  const locked = item && LOCKED[item.status];
  const change = (update: (previous: ReportForm) => ReportForm) => setForm(update);

  useEffect(() => {
    Taro.setNavigationBarTitle({ title: `${year}年度报告` }).catch(() => undefined);
  }, [year]);

  const check = () => validate(ContentDraftSchema, reportDraft(year, view.suggestedOffice, form));
  const save = async (draft: ContentDraft) =>
    item ? updateDraft(item.id, draft) : createDraft(draft);

  const onSave = async () => {
    const saved = await submit(check(), save, { as: 'save' });
    if (!saved) return;
    void Taro.showToast({ title: '已保存', icon: 'success' });
    onSaved();
  };
  const onSubmit = async () => {
    const sent = await submit(check(), async (draft) => submitForReview((await save(draft)).id), {
      as: 'submit',
    });
    if (!sent) return;
    void Taro.showToast({ title: '已提交审核', icon: 'success' });
    onSaved();
  };

  const numberField = (
    label: string,
    field: string,
    value: string,
    onInput: (value: string) => void,
  ) => (
    <FormField key={field} label={label} field={`inputs.${field}`} issues={issues}>
      <Input
        className='form-field__input'
        nativeProps={{ 'aria-label': label }}
        type='digit'
        value={value}
        disabled={Boolean(locked)}
        onInput={(event) => onInput(event.detail.value)}
      />
    </FormField>
  );
  const narrativeField = (key: 'overview' | 'problems' | 'other') => (
    <FormField
      label={REPORT_SECTIONS.find((section) => section.key === key)?.title ?? ''}
      field={`inputs.narrative.${key}`}
      issues={issues}
    >
      <Textarea
        className='form-field__textarea'
        nativeProps={{
          'aria-label': REPORT_SECTIONS.find((section) => section.key === key)?.title ?? '',
        }}
        value={form.narrative[key]}
        maxlength={20000}
        autoHeight
        disabled={Boolean(locked)}
        onInput={(event) => {
          const text = event.detail.value;
          change((previous) => ({
            ...previous,
            narrative: { ...previous.narrative, [key]: text },
          }));
        }}
      />
    </FormField>
  );

  return (
    <>
      {item ? (
        <StaffCard title={item.title} extra={<StatusBadge status={item.status} />}>
          <View className='staff-report__actions'>
            <ActionButton
              variant='secondary'
              onClick={() => void Taro.navigateTo({ url: reviewUrl(item.id) })}
            >
              按群众看到的样式查看
            </ActionButton>
          </View>
        </StaffCard>
      ) : (
        <Notice tone='info'>{`${year}年度报告尚未开始填写。下方为系统根据记录统计的数字，填写其余各项后保存。`}</Notice>
      )}
      {locked && <Notice tone='info'>{locked}</Notice>}
      {openCell && (
        <CellRecords year={year} cell={openCell} onClose={() => setOpenCell(undefined)} />
      )}
      <ComputedTables
        tables={view.computed}
        latePublications={view.latePublications}
        feesCharged={view.feesCharged}
        onOpen={setOpenCell}
      />
      <ConcernFigures year={year} figures={view.concerns} />
      <StaffCard title='工作人员填写'>
        <FormField label='报告标题' field='title' issues={issues}>
          <Input
            className='form-field__input'
            nativeProps={{ 'aria-label': '报告标题' }}
            value={form.title}
            disabled={Boolean(locked)}
            onInput={(event) => {
              const title = event.detail.value;
              change((previous) => ({ ...previous, title }));
            }}
          />
        </FormField>
        {narrativeField('overview')}
        <Text className='staff-report__caption'>二、主动公开政府信息情况</Text>
        {DECISION_ROWS.map((row) =>
          numberField(
            `${DECISION_ROW_LABELS[row]} ${DECISION_COLUMN_LABEL}`,
            `decisions.${row}`,
            form.decisions[row],
            (value) =>
              change((previous) => ({
                ...previous,
                decisions: { ...previous.decisions, [row]: value },
              })),
          ),
        )}
        {numberField(`${FEE_ROW_LABEL} ${FEE_COLUMN_LABEL}`, 'feeAmount', form.feeAmount, (value) =>
          change((previous) => ({ ...previous, feeAmount: value })),
        )}
        <Text className='staff-report__caption'>四、政府信息公开行政复议、行政诉讼情况</Text>
        {REMEDY_KINDS.map((kind) => (
          <View key={kind} className='staff-report__remedy'>
            <Text className='staff-report__row-label'>{REMEDY_KIND_LABELS[kind]}</Text>
            {REMEDY_COLUMNS.map((column) =>
              numberField(
                REMEDY_COLUMN_LABELS[column],
                `remedies.${kind}.${column}`,
                form.remedies[kind][column],
                (value) =>
                  change((previous) => ({
                    ...previous,
                    remedies: {
                      ...previous.remedies,
                      [kind]: { ...previous.remedies[kind], [column]: value },
                    },
                  })),
              ),
            )}
          </View>
        ))}
        {narrativeField('problems')}
        {narrativeField('other')}
        {issueOf('year') && <Notice tone='error'>{issueOf('year')}</Notice>}
        {issueOf('tables') && <Notice tone='error'>{issueOf('tables')}</Notice>}
        {failure && <Notice tone='error'>{failure}</Notice>}
        {!locked && (
          <View className='staff-report__actions'>
            <ActionButton
              variant='secondary'
              compact
              busy={running === 'save'}
              disabled={running !== undefined}
              onClick={() => void onSave()}
            >
              保存
            </ActionButton>
            <ActionButton
              compact
              busy={running === 'submit'}
              disabled={running !== undefined}
              onClick={() => void onSubmit()}
            >
              提交审核
            </ActionButton>
          </View>
        )}
        <Text className='staff-report__hint'>
          提交审核时，系统按当时的记录生成统计表并一并送审；审核通过发布后，群众看到的即是审核时的数字。
        </Text>
      </StaffCard>
    </>
  );
}
