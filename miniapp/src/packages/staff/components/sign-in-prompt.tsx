import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from './action-button';
import { SIGN_IN_URL } from '../../../page-urls';
import './sign-in-prompt.scss';

/** Shown instead of a staff page when nobody is signed in. */
export function SignInPrompt() {
  return (
    <View className='sign-in-prompt'>
      <Text className='sign-in-prompt__title'>请先登录</Text>
      <Text className='sign-in-prompt__text'>
        工作台仅供本单位工作人员使用，登录后可撰写、审核政策文件、解读、问答和权威发布。
      </Text>
      <ActionButton onClick={() => void Taro.redirectTo({ url: SIGN_IN_URL })}>去登录</ActionButton>
    </View>
  );
}
