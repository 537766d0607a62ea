import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { MyApplicationView } from '@sunshine/shared';
import { PageState } from '../../components/page-state';
import { useLargeText } from '../../hooks/use-large-text';
import { useRemote } from '../../hooks/use-remote';
import { APPLY_URL, MY_APPLICATIONS_URL } from '../../page-urls';
import { listMyApplications } from '../../services/applications';
import { needsSignInPage, openSignInPage } from '../../services/sign-in-page';
import { ApplicationCard } from './application-card';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './index.scss';

/** A resident's disclosure applications: status, deadline, what to correct, the reply. */
export default function MyApplications() {
  const largeText = useLargeText();
  const share = useShare({ title: titled('我的信息公开申请'), path: MY_APPLICATIONS_URL });
  const remote = useRemote(listMyApplications, []);
  // A correction sent here replaces its card at once, without reloading the others.
  const [changed, setChanged] = useState<Record<string, MyApplicationView>>({});
  usePullDownRefresh(() => {
    setChanged({});
    remote.reload();
    Taro.stopPullDownRefresh();
  });
  const onChanged = (view: MyApplicationView) => {
    setChanged((previous) => ({ ...previous, [view.id]: view }));
    void Taro.showToast({ title: '已提交补正', icon: 'success' });
  };
  return (
    <View className={`my-applications${largeText.pageClass}`}>
      {needsSignInPage(remote.error) ? (
        <Text className='my-applications__link' onClick={openSignInPage}>
          请先登录后查看我的申请
        </Text>
      ) : (
        <PageState
          loading={remote.loading}
          error={remote.error}
          empty={remote.data?.length === 0}
          emptyText='您还没有提交信息公开申请'
          onRetry={remote.reload}
        >
          {remote.data?.map((application) => (
            <ApplicationCard
              key={application.id}
              application={changed[application.id] ?? application}
              onChanged={onChanged}
            />
          ))}
        </PageState>
      )}
      <Text className='my-applications__link' onClick={() => Taro.navigateTo({ url: APPLY_URL })}>
        申请政府信息公开
      </Text>
      <CopyLink path={share.path} />
    </View>
  );
}
