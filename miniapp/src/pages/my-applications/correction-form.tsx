import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { APPLICATION_LIMITS, CorrectionInputSchema, validate, type MyApplicationView } from '@sunshine/shared';
import { asApiError } from '../../hooks/use-remote';
import { correctApplication } from '../../services/applications';
import { newClientKey } from '../../services/client-key';
import { signInIfNeeded } from '../../services/sign-in-page';

interface Props {
  applicationId: string;
  onCorrected: (view: MyApplicationView) => void;
}

/** What the applicant sends back when asked to correct the application; retries are one correction. */
export function CorrectionForm({ applicationId, onCorrected }: Props) {
  const [clientKey] = useState(newClientKey);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = validate(CorrectionInputSchema, { clientKey, text });
    if (!checked.ok) return setProblem(checked.issues[0]?.message);
    setProblem(undefined);
    setBusy(true);
    try {
      onCorrected(await correctApplication(applicationId, checked.value));
    } catch (caught) {
      const error = asApiError(caught);
      signInIfNeeded(error);
      setProblem(error.fields[0]?.message ?? error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='my-applications__correction'>
      <Textarea className='my-applications__textarea' value={text} maxlength={APPLICATION_LIMITS.correction} placeholder='按上面的要求补充或更正申请内容' onInput={(event) => setText(event.detail.value)} />
      {problem && <Text className='my-applications__problem'>{problem}</Text>}
      <View className={`my-applications__submit${busy ? ' my-applications__submit--busy' : ''}`} ariaRole='button' onClick={() => !busy && void submit()}>
        <Text>{busy ? '正在提交…' : '提交补正'}</Text>
      </View>
    </View>
  );
}
