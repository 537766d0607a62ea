import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BUREAU_NAME, RETENTION } from '@sunshine/shared';
import { CopyLink } from '../../components/copy-link';
import { EntryList } from '../../components/entry-list';
import { useKnownBureau } from '../../hooks/use-bureau';
import { useLargeText } from '../../hooks/use-large-text';
import { titled, useShare } from '../../hooks/use-share';
import {
  MINE_URL,
  MY_APPLICATIONS_URL,
  MY_COMMENTS_URL,
  MY_QUESTIONS_URL,
  MY_SUBSCRIPTIONS_URL,
  STAFF_HOME_URL,
} from '../../page-urls';
import { appVersion } from '../../services/about';
import { openPage } from '../../services/navigation';
import { canOpenPrivacyGuide, openPrivacyGuide } from '../../services/privacy';
import './index.scss';

const MINE = [
  { title: '我的留言', hint: '咨询的问题和答复，可评价', url: MY_QUESTIONS_URL },
  { title: '我的申请', hint: '信息公开申请的进度、补正和答复', url: MY_APPLICATIONS_URL },
  { title: '我的意见', hint: '对征求意见草案提出的意见及采纳情况', url: MY_COMMENTS_URL },
  { title: '我的订阅', hint: '订阅的通知主题与剩余次数，可取消', url: MY_SUBSCRIPTIONS_URL },
];

/**
 * What is kept of what residents leave, who sees it and for how long: the forms' consent boxes in
 * one place, the periods from shared/src/retention.ts (docs/features/personal-data.md).
 */
export const PRIVACY_STATEMENT = [
  '您在留言、信息公开申请和征求意见中填写的姓名、联系方式、地址和证件号码，只用于办理该事项，仅负责办理的工作人员可见（含其导出的意见表），不会公开，也不会出现在任何公开页面。',
  '证件号码只保存遮挡后的形式（如 1*************123X）。',
  `保存期限：留言在答复后 ${RETENTION.questions.years} 年，信息公开申请在答复后 ${RETENTION.applications.years} 年，征求意见的联系方式在征求意见结束后 ${RETENTION.comments.years} 年，期满自动删除。`,
  '订阅只记录您选择接收的通知主题，可随时取消。',
];

/** The large-text switch of 我的: one element (a shared LargeTextSwitch may take its place). */
function LargeTextRow({ on, toggle }: { on: boolean; toggle: () => void }) {
  return (
    <View
      className='mine__row'
      ariaRole='switch'
      aria-checked={on}
      ariaLabel='大字模式'
      onClick={toggle}
    >
      <Text className='mine__row-name'>大字模式</Text>
      <Text className={`mine__toggle${on ? ' mine__toggle--on' : ''}`}>
        {on ? '已开启' : '已关闭'}
      </Text>
    </View>
  );
}

/**
 * 我的 (a tab): one's questions, applications, comments and subscriptions; large text; the privacy
 * statement; about; the staff entrance. It reads nothing: each list loads on its own page.
 */
export default function Mine() {
  const largeText = useLargeText();
  const bureau = useKnownBureau();
  const share = useShare({ title: titled('我的'), path: MINE_URL });
  const [privacyOpen, setPrivacyOpen] = useState(false);
  const version = appVersion();
  return (
    <View className={`mine${largeText.pageClass}`}>
      <EntryList entries={MINE} />

      <View className='mine__group'>
        <LargeTextRow on={largeText.on} toggle={largeText.toggle} />
        <View
          className='mine__row'
          ariaRole='button'
          aria-expanded={privacyOpen}
          onClick={() => setPrivacyOpen(!privacyOpen)}
        >
          <Text className='mine__row-name'>隐私说明</Text>
          <Text className='mine__row-hint'>{privacyOpen ? '收起' : '展开'}</Text>
        </View>
        {privacyOpen && (
          <View className='mine__privacy'>
            {PRIVACY_STATEMENT.map((paragraph) => (
              <Text key={paragraph} className='mine__paragraph'>
                {paragraph}
              </Text>
            ))}
            {canOpenPrivacyGuide() && (
              <View className='mine__link' ariaRole='link' onClick={openPrivacyGuide}>
                <Text>查看小程序隐私保护指引</Text>
              </View>
            )}
          </View>
        )}
      </View>

      <View className='mine__about'>
        <Text className='mine__about-title'>关于</Text>
        <Text className='mine__paragraph'>
          {`阳光政务是${bureau?.name ?? BUREAU_NAME}的政务公开小程序：政策文件与解读、办事指南、征求意见、留言咨询和依申请公开。`}
        </Text>
        {version && <Text className='mine__version'>版本 {version}</Text>}
      </View>

      <View className='mine__footer'>
        {/* Discreet: residents should not mistake it for content, staff should find it. */}
        <View
          className='mine__staff-link'
          ariaRole='link'
          onClick={() => void openPage(STAFF_HOME_URL)}
        >
          <Text>工作人员入口</Text>
        </View>
      </View>
      <CopyLink path={share.path} />
    </View>
  );
}
