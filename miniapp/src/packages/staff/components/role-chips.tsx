import { Text, View } from '@tarojs/components';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@sunshine/shared';
import './role-chips.scss';

interface Props {
  value: StaffRole[];
  onChange: (roles: StaffRole[]) => void;
}

/** Several roles picked by tapping large chips; the order stays that of STAFF_ROLES. */
export function RoleChips({ value, onChange }: Props) {
  const toggle = (role: StaffRole) =>
    onChange(
      STAFF_ROLES.filter((each) => (each === role ? !value.includes(role) : value.includes(each))),
    );
  return (
    <View className='role-chips'>
      {STAFF_ROLES.map((role) => {
        const checked = value.includes(role);
        return (
          <View
            key={role}
            className={`role-chips__chip${checked ? ' role-chips__chip--checked' : ''}`}
            role='checkbox'
            aria-checked={checked}
            onClick={() => toggle(role)}
          >
            <Text className='role-chips__label'>
              {checked ? '✓ ' : ''}
              {ROLE_LABELS[role]}
            </Text>
            <Text className='role-chips__description'>{ROLE_DESCRIPTIONS[role]}</Text>
          </View>
        );
      })}
    </View>
  );
}
