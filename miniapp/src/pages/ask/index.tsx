import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  AskQuestionInputSchema,
  QUESTION_DEADLINES,
  QUESTION_KINDS,
  validate,
  type AskQuestionInput,
  type QuestionKind,
} from '@sunshine/shared';
import { ChipRow } from '../../components/chip-row';
import { ConsentBox } from '../../components/consent-box';
import { QaSuggestions } from '../../components/qa-suggestions';
import { useLargeText } from '../../hooks/use-large-text';
import { useSubmission } from '../../hooks/use-submission';
import { MY_QUESTIONS_URL, ASK_URL } from '../../page-urls';
import { requirePrivacyConsent } from '../../services/privacy';
import { newClientKey } from '../../services/client-key';
import { askQuestion } from '../../services/questions';
import { useSuggestions } from './use-suggestions';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './index.scss';

const deadlineText = (kind: QuestionKind) => {
  const rule = QUESTION_DEADLINES[kind];
  return rule.hours ? `${rule.hours} 小时内答复` : `${rule.workingDays} 个工作日内答复`;
};

/** A resident asks staff a question; existing Q&A that may answer it are shown while they type. */
export default function Ask() {
  const largeText = useLargeText();
  const share = useShare({ title: titled('我要留言'), path: ASK_URL });
  const [clientKey] = useState(newClientKey);
  const [kind, setKind] = useState<QuestionKind>('general');
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const suggestions = useSuggestions(text);
  // WeChat's own privacy agreement comes before anything personal is typed.
  useEffect(() => void requirePrivacyConsent(), []);
  const {
    submit: send,
    busy,
    failure,
    issueOf,
  } = useSubmission(async (input: AskQuestionInput) => {
    await askQuestion(input);
    void Taro.showToast({ title: '已提交', icon: 'success' });
    void Taro.redirectTo({ url: MY_QUESTIONS_URL });
  });
  const submit = () =>
    send(
      validate(AskQuestionInputSchema, {
        clientKey,
        kind,
        text,
        contact: { name, phone },
        consent: consent || undefined,
      }),
    );

  return (
    <View className={`ask${largeText.pageClass}`}>
      <ChipRow
        chips={QUESTION_KINDS.map((key) => ({ key, label: QUESTION_DEADLINES[key].label }))}
        active={kind}
        onPick={setKind}
      />
      <View className='ask__card'>
        <Text className='ask__label'>您的问题（{deadlineText(kind)}）</Text>
        <Textarea
          className='ask__text'
          value={text}
          maxlength={1000}
          placeholder='请写明您想了解或反映的事情，如：居住证过期了怎么续签？'
          onInput={(event) => setText(event.detail.value)}
        />
        {issueOf('text') && <Text className='ask__problem'>{issueOf('text')}</Text>}
      </View>
      <QaSuggestions hits={suggestions} />
      <View className='ask__card'>
        <Text className='ask__label'>联系方式（选填，仅答复您的工作人员可见，不会公开）</Text>
        <Input
          className='ask__input'
          value={name}
          maxlength={20}
          placeholder='称呼，如：李女士'
          onInput={(event) => setName(event.detail.value)}
        />
        <Input
          className='ask__input'
          value={phone}
          type='number'
          maxlength={13}
          placeholder='电话'
          onInput={(event) => setPhone(event.detail.value)}
        />
        {issueOf('contact.phone') && (
          <Text className='ask__problem'>{issueOf('contact.phone')}</Text>
        )}
      </View>
      <ConsentBox
        checked={consent}
        text='我已阅读并同意：留言和联系方式只用于答复本留言，联系方式不会公开，也不会出现在任何公开页面或导出中。'
        problem={issueOf('consent')}
        onChange={setConsent}
      />
      {failure && <Text className='ask__problem'>{failure}</Text>}
      <View
        className={`ask__submit${busy ? ' ask__submit--busy' : ''}`}
        ariaRole='button'
        onClick={() => !busy && void submit()}
      >
        <Text>{busy ? '正在提交…' : '提交留言'}</Text>
      </View>
      <Text className='ask__link' onClick={() => Taro.navigateTo({ url: MY_QUESTIONS_URL })}>
        查看我的留言
      </Text>
      <CopyLink path={share.path} />
    </View>
  );
}
