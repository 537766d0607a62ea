import { Text, View } from '@tarojs/components';
import { ConsentBox } from '../../components/consent-box';

interface Props {
  agreed: boolean;
  onToggle: () => void;
  problem?: string;
}

/** What is kept about the applicant, for how long and who sees it; agreeing is a tap. */
export function PrivacyNotice({ agreed, onToggle, problem }: Props) {
  return (
    <View className='apply__card'>
      <Text className='apply__label'>隐私说明</Text>
      <Text className='apply__notice'>
        您填写的姓名、证件号码和联系方式只用于办理本次政府信息公开申请，仅负责办理的工作人员可见，不会公开，也不会出现在任何公开页面或导出中。证件号码只保存遮挡后的形式（如
        1*************123X），领取信息时请出示证件原件。联系方式在答复后保存 2 年，期满删除。
      </Text>
      <ConsentBox
        checked={agreed}
        text='我已阅读并同意以上隐私说明'
        problem={problem}
        onChange={onToggle}
      />
    </View>
  );
}
