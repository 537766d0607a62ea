import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  CONSULTATION_RULES,
  GENERAL_SECTION,
  SubmitCommentInputSchema,
  validate,
  type PublishedConsultation,
  type SubmitCommentInput,
} from '@sunshine/shared';
import { useSubmission } from '../../hooks/use-submission';
import { submitComment } from '../../services/consultations';
import { requirePrivacyConsent } from '../../services/privacy';
import { newClientKey } from '../../services/client-key';
import { ConsentBox } from '../consent-box';

const CONSENT_TEXT =
  '我已阅读并同意：意见经审核后公开（不含称呼和联系方式）；称呼和联系方式只供工作人员就本意见与我联系，不会公开，征求意见结束 2 年后删除。';

/** A resident's comment on an open consultation: the clause it is about, the text, the closed questions, private contact. */
export function CommentForm({
  consultation,
  onSent,
}: {
  consultation: PublishedConsultation;
  onSent: (answersCounted: boolean) => void;
}) {
  const [clientKey, setClientKey] = useState(newClientKey);
  const sections = [GENERAL_SECTION, ...consultation.sections];
  const [section, setSection] = useState(0);
  const [text, setText] = useState('');
  const [answers, setAnswers] = useState<number[][]>(() => consultation.questions.map(() => []));
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [consent, setConsent] = useState(false);
  // WeChat's privacy agreement, once, before a name or contact is typed (both are optional).
  const [privacyAsked, setPrivacyAsked] = useState(false);
  const askPrivacy = () => {
    if (privacyAsked) return;
    setPrivacyAsked(true);
    void requirePrivacyConsent();
  };
  const {
    submit: send,
    busy,
    failure,
    issueOf,
  } = useSubmission(async (comment: SubmitCommentInput) => {
    const sent = await submitComment(consultation.id, comment);
    void Taro.showToast({ title: '已提交，审核后公开', icon: 'none' });
    // A next comment is a new submission with its own key.
    setClientKey(newClientKey());
    setText('');
    onSent(sent.answersCounted);
  });

  const choose = (question: number, option: number, multiple: boolean) =>
    setAnswers((previous) =>
      previous.map((chosen, index) => {
        if (index !== question) return chosen;
        if (!multiple) return chosen[0] === option ? [] : [option];
        return chosen.includes(option)
          ? chosen.filter((each) => each !== option)
          : [...chosen, option];
      }),
    );

  const submit = () =>
    send(
      validate(SubmitCommentInputSchema, {
        clientKey,
        text,
        section: sections[section],
        answers,
        name,
        contact,
        consent: consent || undefined,
      }),
    );

  return (
    <View className='consultation__card comment-form'>
      <Text className='consultation__heading'>我要提意见</Text>
      <Text className='consultation__label'>针对</Text>
      <Picker
        mode='selector'
        range={sections}
        value={section}
        onChange={(event) => setSection(Number(event.detail.value))}
      >
        <View
          className='comment-form__picker'
          ariaRole='button'
          ariaLabel={`针对：${sections[section]}，点击更换`}
        >
          <Text>{sections[section]}</Text>
          <Text className='consultation__muted'>更换 ›</Text>
        </View>
      </Picker>
      <Text className='consultation__label'>您的意见</Text>
      <Textarea
        className='comment-form__text'
        value={text}
        maxlength={CONSULTATION_RULES.commentMaxLength}
        placeholder='请写明您的意见和理由'
        onInput={(event) => setText(event.detail.value)}
      />
      {issueOf('text') && <Text className='consultation__problem'>{issueOf('text')}</Text>}
      {issueOf('section') && <Text className='consultation__problem'>{issueOf('section')}</Text>}
      {consultation.questions.map((question, index) => (
        <View
          key={index}
          className='comment-form__question'
          ariaRole={question.multiple ? 'group' : 'radiogroup'}
          ariaLabel={question.prompt}
        >
          <Text className='consultation__label'>
            {index + 1}. {question.prompt}（{question.multiple ? '可多选' : '单选'}，选填）
          </Text>
          <View className='comment-form__options'>
            {question.options.map((option, optionIndex) => {
              const chosen = answers[index]?.includes(optionIndex) ?? false;
              return (
                <View
                  key={option}
                  className={`comment-form__option${chosen ? ' comment-form__option--chosen' : ''}`}
                  ariaRole={question.multiple ? 'checkbox' : 'radio'}
                  aria-checked={chosen}
                  onClick={() => choose(index, optionIndex, question.multiple)}
                >
                  <Text>{option}</Text>
                </View>
              );
            })}
          </View>
        </View>
      ))}
      {issueOf('answers') && <Text className='consultation__problem'>{issueOf('answers')}</Text>}
      <Text className='consultation__label'>称呼和联系方式（选填，不公开）</Text>
      <Input
        className='comment-form__input'
        value={name}
        maxlength={20}
        placeholder='称呼，如：王先生'
        onFocus={askPrivacy}
        onInput={(event) => setName(event.detail.value)}
      />
      <Input
        className='comment-form__input'
        value={contact}
        maxlength={80}
        placeholder='电话或电子邮箱'
        onFocus={askPrivacy}
        onInput={(event) => setContact(event.detail.value)}
      />
      {issueOf('contact') && <Text className='consultation__problem'>{issueOf('contact')}</Text>}
      <ConsentBox
        checked={consent}
        text={CONSENT_TEXT}
        problem={issueOf('consent')}
        onChange={setConsent}
      />
      {failure && <Text className='consultation__problem'>{failure}</Text>}
      <View
        className={`comment-form__submit${busy ? ' comment-form__submit--busy' : ''}`}
        ariaRole='button'
        onClick={() => !busy && void submit()}
      >
        <Text>{busy ? '正在提交…' : '提交意见'}</Text>
      </View>
    </View>
  );
}
