import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useAction } from '../../../../hooks/use-submission';
import { signIn, signInAs } from '../../../../services/auth';
import { devSignInEnabled } from '../../../../services/session';
import { ActionButton } from '../../components/action-button';
import { Notice } from '../../components/notice';
import { STAFF_HOME_URL } from '../../../../page-urls';
import './index.scss';

/** The identities the WeChat sandbox knows, offered in H5 development. */
const DEMO_IDENTITIES = [
  { identity: 'demo-admin', label: '演示管理员' },
  { identity: 'demo-editor', label: '演示编辑' },
  { identity: 'demo-reviewer', label: '演示审核' },
  { identity: 'demo-discloser', label: '演示依申请公开' },
  { identity: 'resident-1', label: '群众' },
];

/** Sign in: with WeChat in the mini-program, as a sandbox identity in H5 development. */
export default function SignIn() {
  const { pageClass } = useLargeText();
  const devMode = devSignInEnabled();
  const [other, setOther] = useState('');
  const action = useAction<string>({
    read: (caught) => ({
      message: caught instanceof Error ? caught.message : '登录失败，请稍后重试',
      issues: [],
    }),
  });
  const { running: busy, failure } = action;

  // One sign-in at a time: each identity has its own button, and the others stay tappable.
  const run = async (key: string, signInNow: () => Promise<unknown>) => {
    if (busy) return;
    await action.run(
      async () => {
        await signInNow();
        await Taro.redirectTo({ url: STAFF_HOME_URL });
      },
      { as: key },
    );
  };

  return (
    <View className={`sign-in${pageClass}`}>
      <View className='sign-in__banner'>
        <Text className='sign-in__title'>工作人员登录</Text>
        <Text className='sign-in__subtitle'>长治市公安局上党分局 · 阳光政务</Text>
      </View>
      <View className='sign-in__body'>
        {failure && <Notice tone='error'>{failure}</Notice>}
        {devMode ? (
          <>
            <Text className='sign-in__hint'>开发环境：请选择一个测试身份登录</Text>
            {DEMO_IDENTITIES.map(({ identity, label }) => (
              <ActionButton
                key={identity}
                variant='secondary'
                busy={busy === identity}
                onClick={() => void run(identity, () => signInAs(identity))}
              >
                {label}（{identity}）
              </ActionButton>
            ))}
            <View className='sign-in__other'>
              <Input
                className='sign-in__input'
                value={other}
                placeholder='其他测试身份，如 resident-2'
                maxlength={64}
                onInput={(event) => setOther(event.detail.value)}
              />
              <ActionButton
                disabled={!other.trim()}
                busy={busy === 'other'}
                onClick={() => void run('other', () => signInAs(other.trim()))}
              >
                以此身份登录
              </ActionButton>
            </View>
          </>
        ) : (
          <>
            <Text className='sign-in__hint'>
              使用本人微信登录；尚未加入工作人员的，登录后输入管理员发给您的邀请码。
            </Text>
            <ActionButton busy={busy === 'wechat'} onClick={() => void run('wechat', signIn)}>
              微信登录
            </ActionButton>
          </>
        )}
      </View>
    </View>
  );
}
