import { Text, View } from '@tarojs/components';
import { BUREAU_OFFICES_MAX, type FieldIssue } from '@sunshine/shared';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { StaffCard } from '../../components/staff-card';
import { emptyOffice, type OfficeRow } from './bureau-form';
import { TextField } from './text-field';

interface Props {
  offices: OfficeRow[];
  onChange: (offices: OfficeRow[]) => void;
  issues: FieldIssue[];
}

/**
 * The offices (科室/大队): names, addresses, hours and telephones residents read in the guide, and
 * the ids items store. A saved office keeps its id and cannot be removed, only renamed; a new one
 * may be removed again before saving.
 */
export function OfficesEditor({ offices, onChange, issues }: Props) {
  const update = (index: number, key: keyof OfficeRow, value: string) =>
    onChange(offices.map((office, i) => (i === index ? { ...office, [key]: value } : office)));
  return (
    <StaffCard title={`科室（${offices.length}）`}>
      <Text className='bureau__hint'>
        科室编号保存后不能修改，科室保存后不能删除（稿件和订阅按编号记录），可以改名和修改联系方式。
      </Text>
      <FieldError issues={issues} field='offices' />
      {offices.map((office, index) => (
        <View key={index} className='bureau__office'>
          <Text className='bureau__office-title'>
            第 {index + 1} 个科室{office.saved ? '' : '（新增）'}
          </Text>
          <TextField
            label='编号'
            field={`offices.${index}.id`}
            value={office.id}
            onChange={(value) => update(index, 'id', value)}
            issues={issues}
            maxlength={32}
            placeholder='小写字母、数字或连字符，如 fire'
            hint={office.saved ? '已保存的编号不能修改' : undefined}
            disabled={office.saved}
          />
          <TextField
            label='名称'
            field={`offices.${index}.name`}
            value={office.name}
            onChange={(value) => update(index, 'name', value)}
            issues={issues}
            maxlength={30}
            placeholder='如：治安管理大队'
          />
          <TextField
            label='地址'
            field={`offices.${index}.address`}
            value={office.address}
            onChange={(value) => update(index, 'address', value)}
            issues={issues}
          />
          <TextField
            label='办公时间'
            field={`offices.${index}.hours`}
            value={office.hours}
            onChange={(value) => update(index, 'hours', value)}
            issues={issues}
          />
          <TextField
            label='电话'
            field={`offices.${index}.phone`}
            value={office.phone}
            onChange={(value) => update(index, 'phone', value)}
            issues={issues}
            maxlength={40}
          />
          {!office.saved && (
            <ActionButton
              variant='secondary'
              onClick={() => onChange(offices.filter((_, i) => i !== index))}
            >
              移除此新增科室
            </ActionButton>
          )}
        </View>
      ))}
      {offices.length < BUREAU_OFFICES_MAX && (
        <ActionButton variant='secondary' onClick={() => onChange([...offices, emptyOffice()])}>
          添加科室
        </ActionButton>
      )}
    </StaffCard>
  );
}
