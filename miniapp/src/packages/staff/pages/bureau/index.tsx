import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  BureauProfileInputSchema,
  chinaClock,
  formatIndexNumber,
  validate,
  type BureauProfile,
} from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useAction } from '../../../../hooks/use-submission';
import { useRemote } from '../../../../hooks/use-remote';
import { fetchBureau, saveBureau } from '../../../../services/bureau';
import { formatDate } from '../../../../services/format';
import { ActionButton } from '../../components/action-button';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { formOf, inputOf, type BureauForm } from './bureau-form';
import { OfficesEditor } from './offices-editor';
import { TextField } from './text-field';
import './index.scss';

/** The example 索引号 beside the form: the year's 13th item, as the form and code now read. */
function exampleIndexNumber(form: BureauForm): string {
  const { year, month } = chinaClock(new Date());
  const creditCode = form.creditCode.trim().toUpperCase();
  return formatIndexNumber(form.indexFormat, { creditCode, year, month, seq: 13 });
}

/**
 * 机关信息 (admins): the bureau's name, 统一社会信用代码 and 索引号 form, its offices, the disclosure
 * office and the remedies' organs. The disclosure guide, office names everywhere, guide imports and
 * the annual report read them. Saved whole, over the version read: a colleague's save in between
 * is reported, not overwritten.
 */
export default function BureauPage() {
  const { pageClass } = useLargeText();
  const loaded = useRemote(fetchBureau, []);
  return (
    <View className={`bureau${pageClass}`}>
      <StaffPageState loading={loaded.loading} error={loaded.error} onRetry={loaded.reload}>
        {!loaded.loading && !loaded.error && <BureauEditor profile={loaded.data} />}
      </StaffPageState>
    </View>
  );
}

function BureauEditor({ profile }: { profile: BureauProfile | undefined }) {
  const [saved, setSaved] = useState(profile);
  const [form, setForm] = useState(() => formOf(profile));
  const { submit, busy, failure, issues, setIssues } = useAction();
  useEffect(() => setForm(formOf(saved)), [saved]);

  const set = <K extends keyof BureauForm>(key: K, value: BureauForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const setOffice = (key: keyof BureauForm['disclosureOffice'], value: string) =>
    set('disclosureOffice', { ...form.disclosureOffice, [key]: value });
  const setRemedy = (key: keyof BureauForm['remedies'], value: string) =>
    set('remedies', { ...form.remedies, [key]: value });

  const save = async () => {
    const next = await submit(
      validate(BureauProfileInputSchema, inputOf(form, saved?.updatedAt)),
      saveBureau,
    );
    if (!next) return;
    setSaved(next);
    setIssues([]);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  return (
    <>
      {!saved && (
        <Notice tone='warning' title='尚未录入机关信息'>
          录入并保存后，政府信息公开指南才能向群众显示；请在首次发布信息前保存，索引号才会带上本机关的统一社会信用代码。
        </Notice>
      )}
      {saved?.demo && (
        <Notice tone='warning' title='当前为演示数据'>
          请按本机关的实际情况修改后保存。
        </Notice>
      )}
      {saved?.updatedAt && (
        <Text className='bureau__updated'>更新日期：{formatDate(saved.updatedAt)}</Text>
      )}
      <StaffCard title='机关'>
        <TextField
          label='机关名称'
          field='name'
          value={form.name}
          onChange={(value) => set('name', value)}
          issues={issues}
          maxlength={60}
          placeholder='如：某市公安局某某分局'
        />
        <TextField
          label='统一社会信用代码'
          field='creditCode'
          value={form.creditCode}
          onChange={(value) => set('creditCode', value)}
          issues={issues}
          maxlength={18}
          placeholder='18 位，见机关的统一社会信用代码证书'
        />
        <TextField
          label='索引号格式'
          field='indexFormat'
          value={form.indexFormat}
          onChange={(value) => set('indexFormat', value)}
          issues={issues}
          maxlength={80}
          hint='{creditCode} 统一社会信用代码，{year} 年份，{month} 月份，{seq} 当年流水号（5 位）。修改只影响今后首次发布的信息'
        />
        <Text className='bureau__example'>示例：{exampleIndexNumber(form)}</Text>
      </StaffCard>
      <OfficesEditor
        offices={form.offices}
        onChange={(offices) => set('offices', offices)}
        issues={issues}
      />
      <StaffCard title='政府信息公开工作机构'>
        <TextField
          label='名称'
          field='disclosureOffice.name'
          value={form.disclosureOffice.name}
          onChange={(value) => setOffice('name', value)}
          issues={issues}
          maxlength={60}
        />
        <TextField
          label='办公地址'
          field='disclosureOffice.address'
          value={form.disclosureOffice.address}
          onChange={(value) => setOffice('address', value)}
          issues={issues}
          hint='信函申请寄往此地址'
        />
        <TextField
          label='邮政编码'
          field='disclosureOffice.postcode'
          value={form.disclosureOffice.postcode}
          onChange={(value) => setOffice('postcode', value)}
          issues={issues}
          maxlength={6}
        />
        <TextField
          label='办公时间'
          field='disclosureOffice.hours'
          value={form.disclosureOffice.hours}
          onChange={(value) => setOffice('hours', value)}
          issues={issues}
        />
        <TextField
          label='联系电话'
          field='disclosureOffice.phone'
          value={form.disclosureOffice.phone}
          onChange={(value) => setOffice('phone', value)}
          issues={issues}
          maxlength={40}
        />
        <TextField
          label='传真'
          field='disclosureOffice.fax'
          value={form.disclosureOffice.fax}
          onChange={(value) => setOffice('fax', value)}
          issues={issues}
          maxlength={40}
          required={false}
          hint='没有传真可不填，指南中不显示'
        />
        <TextField
          label='网上联系方式'
          field='disclosureOffice.online'
          value={form.disclosureOffice.online}
          onChange={(value) => setOffice('online', value)}
          issues={issues}
          maxlength={200}
          placeholder='电子邮箱或网上申请地址'
        />
      </StaffCard>
      <StaffCard title='监督和救济'>
        <TextField
          label='行政复议机关'
          field='remedies.reviewOrgan'
          value={form.remedies.reviewOrgan}
          onChange={(value) => setRemedy('reviewOrgan', value)}
          issues={issues}
          maxlength={60}
          hint='答复和指南中告知：收到答复之日起 60 日内可向其申请行政复议'
        />
        <TextField
          label='管辖法院'
          field='remedies.court'
          value={form.remedies.court}
          onChange={(value) => setRemedy('court', value)}
          issues={issues}
          maxlength={60}
          hint='6 个月内可向其提起行政诉讼；实行行政案件集中管辖的，填写集中管辖的法院'
        />
      </StaffCard>
      {failure && (
        <Notice tone='error' title='未保存'>
          {failure}
        </Notice>
      )}
      {!failure && issues.length > 0 && (
        <Notice tone='error' title='未保存'>
          {issues[0]!.message}
        </Notice>
      )}
      <View className='bureau__actions'>
        <ActionButton busy={busy} onClick={() => void save()}>
          保存机关信息
        </ActionButton>
      </View>
    </>
  );
}
