import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { AddTopicInputSchema, validate } from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { useTopics } from '../../../../hooks/use-topics';
import { forgetTopics } from '../../../../services/content';
import { addTopic } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';

/**
 * The topics residents browse guides by (户籍管理, 出入境…): an admin adds one the bureau needs,
 * e.g. 消防. Added topics cannot be renamed (a topic's key is its name), so the form says so.
 */
export function TopicsCard() {
  const [added, setAdded] = useState<Array<{ key: string; label: string }>>([]);
  const topics = useTopics();
  const [label, setLabel] = useState('');
  const { run, refuse, busy, failure: problem } = useAction();
  const shown = [
    ...topics,
    ...added.filter((topic) => !topics.some((known) => known.key === topic.key)),
  ];

  const submit = () => {
    const checked = validate(AddTopicInputSchema, { label });
    if (!checked.ok) return refuse(checked.issues[0]?.message);
    return run(async () => {
      const topic = await addTopic(checked.value.label);
      forgetTopics();
      setAdded((previous) => [...previous, topic]);
      setLabel('');
      void Taro.showToast({ title: '已新增', icon: 'success' });
    });
  };

  return (
    <StaffCard title={`办事指南主题（${shown.length}）`}>
      <View className='staff-admin__topics'>
        {shown.map((topic) => (
          <Text key={topic.key} className='staff-admin__topic'>
            {topic.label}
          </Text>
        ))}
      </View>
      <FormField
        label='新增主题'
        field='label'
        issues={problem ? [{ field: 'label', message: problem }] : []}
        hint='群众可按主题查找办事指南。新增后不能改名，请写准确，如：消防'
      >
        <Input
          className='form-field__input'
          value={label}
          maxlength={12}
          placeholder='主题名称，12 字以内'
          onInput={(event) => setLabel(event.detail.value)}
        />
      </FormField>
      <ActionButton busy={busy} onClick={() => void submit()}>
        新增主题
      </ActionButton>
    </StaffCard>
  );
}
