import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useRemote } from '../../../../hooks/use-remote';
import { listStaff } from '../../../../services/staff';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { InvitationForm } from './invitation-form';
import { MemberRow } from './member-row';
import { TopicsCard } from './topics-card';
import './index.scss';

/** Administration: invite staff, change their roles, revoke them; add topics for guides. */
export default function StaffAdmin() {
  const { pageClass } = useLargeText();
  const staff = useRemote(listStaff, []);
  const changed = (toast: string) => {
    void Taro.showToast({ title: toast, icon: 'success' });
    staff.reload();
  };
  return (
    <View className={`staff-admin${pageClass}`}>
      <InvitationForm />
      <StaffCard title={`工作人员${staff.data ? `（${staff.data.length}）` : ''}`}>
        <StaffPageState
          loading={staff.loading && !staff.data}
          error={staff.error}
          empty={staff.data?.length === 0}
          emptyText='暂无工作人员'
          onRetry={staff.reload}
        >
          {staff.data?.map((member) => (
            <MemberRow key={member.userId} member={member} onChanged={changed} />
          ))}
        </StaffPageState>
      </StaffCard>
      <TopicsCard />
    </View>
  );
}
