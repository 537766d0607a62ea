import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  APPLICANT_CATEGORY_LABELS,
  APPLICATION_LIMITS,
  ApplyInputSchema,
  DELIVERY_FORM_LABELS,
  DELIVERY_FORMS,
  ID_DOCUMENT_LABELS,
  ORGANIZATION_CATEGORIES,
  ORGANIZATION_ID_DOCUMENTS,
  PERSON_ID_DOCUMENTS,
  RECEIVING_METHOD_LABELS,
  RECEIVING_METHODS,
  validate,
  type ApplicantType,
  type ApplyInput,
  type OrganizationCategory,
  type DeliveryForm,
  type IdDocumentType,
  type ReceivingMethod,
} from '@sunshine/shared';
import { ChipRow } from '../../components/chip-row';
import { useLargeText } from '../../hooks/use-large-text';
import { useSubmission } from '../../hooks/use-submission';
import { DISCLOSURE_GUIDE_URL, MY_APPLICATIONS_URL, APPLY_URL } from '../../page-urls';
import { submitApplication } from '../../services/applications';
import { newClientKey } from '../../services/client-key';
import { requirePrivacyConsent } from '../../services/privacy';
import { ApplyField } from './apply-field';
import { PrivacyNotice } from './privacy-notice';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './index.scss';

const chips = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((key) => ({ key, label: labels[key] }));

/** A resident applies for government information (依申请公开) with what art. 29 asks for. */
export default function Apply() {
  const largeText = useLargeText();
  const share = useShare({ title: titled('申请政府信息公开'), path: APPLY_URL });
  const [clientKey] = useState(newClientKey);
  const [type, setType] = useState<ApplicantType>('person');
  const [category, setCategory] = useState<OrganizationCategory>();
  const [idType, setIdType] = useState<IdDocumentType>('resident_id');
  const [text, setText] = useState<Record<string, string>>({});
  const [form, setForm] = useState<DeliveryForm>('electronic');
  const [method, setMethod] = useState<ReceivingMethod>('pickup');
  const [consent, setConsent] = useState(false);
  // WeChat's own privacy agreement comes before anything personal is typed.
  useEffect(() => void requirePrivacyConsent(), []);
  const {
    submit: send,
    busy,
    failure,
    issues,
  } = useSubmission(
    async (application: ApplyInput) => {
      await submitApplication(application);
      void Taro.showToast({ title: '已提交', icon: 'success' });
      void Taro.redirectTo({ url: MY_APPLICATIONS_URL });
    },
    {
      before: async () =>
        (await requirePrivacyConsent()) ? undefined : '需要同意小程序隐私保护指引后才能提交申请',
      fieldsMessage: '请按提示修改后再提交',
    },
  );

  const value = (key: string) => text[key] ?? '';
  const input = (
    key: string,
    props: { placeholder: string; maxlength: number; type?: 'text' | 'number' | 'idcard' },
  ) => (
    <Input
      className={`apply__input apply__input--${key.replace('.', '-')}`}
      value={value(key)}
      {...props}
      onInput={(event) => setText((previous) => ({ ...previous, [key]: event.detail.value }))}
    />
  );
  const pickType = (next: ApplicantType) => {
    setType(next);
    setIdType(next === 'organization' ? 'credit_code' : 'resident_id');
  };

  const submit = () =>
    send(
      validate(ApplyInputSchema, {
        clientKey,
        applicant: {
          type,
          category: type === 'organization' ? category : undefined,
          name: value('name'),
          legalRepresentative: value('legalRepresentative'),
          contactPerson: value('contactPerson'),
        },
        identity: { type: idType, number: value('idNumber') },
        contact: {
          phone: value('phone'),
          address: value('address'),
          postcode: value('postcode'),
          email: value('email'),
        },
        description: value('description'),
        purpose: value('purpose'),
        delivery: { form, method },
        consent: consent || undefined,
      }),
    );

  const idTypes = type === 'organization' ? ORGANIZATION_ID_DOCUMENTS : PERSON_ID_DOCUMENTS;
  return (
    <View className={`apply${largeText.pageClass}`}>
      <Text className='apply__intro'>
        依据《政府信息公开条例》，您可以申请获取本机关的政府信息。我们将在收到申请之日起 20
        个工作日内答复。
      </Text>
      <Text
        className='apply__link apply__link--guide'
        onClick={() => Taro.navigateTo({ url: DISCLOSURE_GUIDE_URL })}
      >
        申请前请阅读《政府信息公开指南》
      </Text>
      <View className='apply__card'>
        <ApplyField label='申请人类型' field='applicant.type' issues={issues} required>
          <ChipRow
            chips={chips(APPLICANT_TYPES, APPLICANT_TYPE_LABELS)}
            active={type}
            onPick={pickType}
            small
          />
        </ApplyField>
        {type === 'organization' && (
          <ApplyField label='单位类型' field='applicant.category' issues={issues} required>
            <ChipRow
              chips={chips(ORGANIZATION_CATEGORIES, APPLICANT_CATEGORY_LABELS)}
              active={category}
              onPick={setCategory}
              small
            />
          </ApplyField>
        )}
        <ApplyField
          label={type === 'organization' ? '名称' : '姓名'}
          field='applicant.name'
          issues={issues}
          required
        >
          {input('name', {
            placeholder: type === 'organization' ? '单位全称' : '您的姓名',
            maxlength: APPLICATION_LIMITS.name,
          })}
        </ApplyField>
        {type === 'organization' && (
          <>
            <ApplyField
              label='法定代表人或负责人'
              field='applicant.legalRepresentative'
              issues={issues}
              required
            >
              {input('legalRepresentative', {
                placeholder: '姓名',
                maxlength: APPLICATION_LIMITS.name,
              })}
            </ApplyField>
            <ApplyField label='联系人' field='applicant.contactPerson' issues={issues} required>
              {input('contactPerson', { placeholder: '姓名', maxlength: APPLICATION_LIMITS.name })}
            </ApplyField>
          </>
        )}
        <ApplyField label='证件类型' field='identity.type' issues={issues} required>
          <ChipRow
            chips={chips(idTypes, ID_DOCUMENT_LABELS)}
            active={idType}
            onPick={setIdType}
            small
          />
        </ApplyField>
        <ApplyField label='证件号码' field='identity.number' issues={issues} required>
          {input('idNumber', {
            placeholder: '只保存遮挡后的号码',
            maxlength: 30,
            type: idType === 'resident_id' ? 'idcard' : 'text',
          })}
        </ApplyField>
      </View>
      <View className='apply__card'>
        <ApplyField label='联系电话' field='contact.phone' issues={issues} required>
          {input('phone', {
            placeholder: '手机号或带区号的固定电话',
            maxlength: 13,
            type: 'number',
          })}
        </ApplyField>
        <ApplyField
          label='通信地址'
          field='contact.address'
          issues={issues}
          required={method === 'post'}
        >
          {input('address', {
            placeholder: '选择邮寄时必填',
            maxlength: APPLICATION_LIMITS.address,
          })}
        </ApplyField>
        <ApplyField label='邮政编码' field='contact.postcode' issues={issues}>
          {input('postcode', { placeholder: '6 位数字', maxlength: 6, type: 'number' })}
        </ApplyField>
        <ApplyField
          label='电子邮箱'
          field='contact.email'
          issues={issues}
          required={method === 'email'}
        >
          {input('email', {
            placeholder: '选择电子邮件时必填',
            maxlength: APPLICATION_LIMITS.email,
          })}
        </ApplyField>
      </View>
      <View className='apply__card'>
        <ApplyField label='所需信息的名称、文号或描述' field='description' issues={issues} required>
          <Textarea
            className='apply__text apply__text--description'
            value={value('description')}
            maxlength={APPLICATION_LIMITS.description}
            placeholder='如：2024 年本区道路交通事故统计数据（按月）'
            onInput={(event) =>
              setText((previous) => ({ ...previous, description: event.detail.value }))
            }
          />
        </ApplyField>
        <ApplyField label='用途（选填）' field='purpose' issues={issues}>
          <Textarea
            className='apply__text apply__text--purpose'
            value={value('purpose')}
            maxlength={APPLICATION_LIMITS.purpose}
            placeholder='如：学习研究'
            onInput={(event) =>
              setText((previous) => ({ ...previous, purpose: event.detail.value }))
            }
          />
        </ApplyField>
        <ApplyField label='提供信息的形式' field='delivery.form' issues={issues} required>
          <ChipRow
            chips={chips(DELIVERY_FORMS, DELIVERY_FORM_LABELS)}
            active={form}
            onPick={setForm}
            small
          />
        </ApplyField>
        <ApplyField label='获取信息的方式' field='delivery.method' issues={issues} required>
          <ChipRow
            chips={chips(RECEIVING_METHODS, RECEIVING_METHOD_LABELS)}
            active={method}
            onPick={setMethod}
            small
          />
        </ApplyField>
      </View>
      <PrivacyNotice
        agreed={consent}
        onToggle={() => setConsent(!consent)}
        problem={issues.find((issue) => issue.field === 'consent')?.message}
      />
      {failure && <Text className='apply__problem apply__problem--form'>{failure}</Text>}
      <View
        className={`apply__submit${busy ? ' apply__submit--busy' : ''}`}
        ariaRole='button'
        onClick={() => !busy && void submit()}
      >
        <Text>{busy ? '正在提交…' : '提交申请'}</Text>
      </View>
      <Text className='apply__link' onClick={() => Taro.navigateTo({ url: MY_APPLICATIONS_URL })}>
        查看我的申请
      </Text>
      <CopyLink path={share.path} />
    </View>
  );
}
