import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { asApiError } from '../hooks/use-remote';
import { readMyVote, saveMyVote, voteHelpful } from '../services/content';
import { signInIfNeeded } from '../services/sign-in-page';
import './helpful-vote.scss';

/** "Was this helpful?" under an interpretation or a Q&A: one vote per person, changeable. */
export function HelpfulVote({ id, counts }: { id: string; counts: { yes: number; no: number } }) {
  const [shown, setShown] = useState(counts);
  const [mine, setMine] = useState(() => readMyVote(id));
  const [busy, setBusy] = useState(false);
  const [thanked, setThanked] = useState(false);

  const vote = async (helpful: boolean) => {
    if (busy || mine === helpful) return;
    setBusy(true);
    try {
      const result = await voteHelpful(id, helpful);
      setShown({ yes: result.yes, no: result.no });
      setMine(helpful);
      saveMyVote(id, helpful);
      setThanked(true);
    } catch (caught) {
      const error = asApiError(caught);
      if (!signInIfNeeded(error)) void Taro.showToast({ title: error.message, icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  const option = (helpful: boolean, label: string, count: number) => (
    <View
      className={`helpful-vote__option${mine === helpful ? ' helpful-vote__option--chosen' : ''}`}
      ariaRole='button'
      ariaLabel={`${label}，${count} 人`}
      onClick={() => void vote(helpful)}
    >
      <Text>{label}</Text>
      <Text className='helpful-vote__count'>{count}</Text>
    </View>
  );

  return (
    <View className='helpful-vote'>
      <Text className='helpful-vote__question'>
        {thanked ? '感谢您的反馈' : '以上内容对您有帮助吗？'}
      </Text>
      <View className='helpful-vote__options'>
        {option(true, '有帮助', shown.yes)}
        {option(false, '没帮助', shown.no)}
      </View>
    </View>
  );
}
