import { Input, Picker, Text, View } from '@tarojs/components';
import type { FieldIssue } from '@sunshine/shared';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { FormField } from '../../components/form-field';
import { DRAFT_LIMITS } from './draft-limits';
import type { GuideForm } from './draft-model';
import { withoutEntry } from './list-edits';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.guide;

/** 1 = Monday … 7 = Sunday, as the schema counts them; shown as on a Chinese calendar. */
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'].map((name, index) => ({
  day: index + 1,
  name,
}));

interface TimeProps {
  label: string;
  field: string;
  value: string;
  issues: FieldIssue[];
  disabled: boolean;
  onChange: (value: string) => void;
}

/** A time of day (HH:MM) from WeChat's time picker, so it is never typed in a wrong format. */
function TimeField({ label, field, value, issues, disabled, onChange }: TimeProps) {
  return (
    <View className='draft-editor__half'>
      <FormField label={label} field={field} issues={issues} required>
        <Picker
          mode='time'
          value={value || '09:00'}
          disabled={disabled}
          onChange={(e) => onChange(e.detail.value)}
        >
          <View className='form-field__picker'>
            <Text className={value ? '' : 'form-field__picker-placeholder'}>
              {value || '请选择'}
            </Text>
          </View>
        </Picker>
      </FormField>
    </View>
  );
}

/**
 * The hall's regular hours, as residents check them against the clock: the weekdays it opens and
 * up to three spans a day (morning, afternoon, an evening window).
 */
export function HoursEditor({ form, issues, change, disabled }: FieldsProps<GuideForm>) {
  const { days, spans, notes } = form.hours;
  // Kept in calendar order whatever order they were tapped in.
  const toggle = (day: number) =>
    change(
      'hours.days',
      WEEKDAYS.map((each) => each.day).filter((each) =>
        each === day ? !days.includes(each) : days.includes(each),
      ),
    );
  return (
    <View className='hours-editor'>
      <FormField label='办公日' field='hours.days' issues={issues} required>
        <View className='hours-editor__days'>
          {WEEKDAYS.map(({ day, name }) => {
            const checked = days.includes(day);
            return (
              <View
                key={day}
                className={`hours-editor__day${checked ? ' hours-editor__day--checked' : ''}`}
                role='checkbox'
                aria-checked={checked}
                ariaLabel={`周${name}`}
                onClick={() => !disabled && toggle(day)}
              >
                <Text>{name}</Text>
              </View>
            );
          })}
        </View>
      </FormField>
      {spans.map((span, index) => (
        <View key={index} className='hours-editor__span'>
          <View className='hours-editor__span-header'>
            <Text className='hours-editor__span-title'>办公时段 {index + 1}</Text>
            {!disabled && spans.length > 1 && (
              <Text
                className='draft-editor__entry-remove'
                onClick={() => change('hours.spans', withoutEntry(spans, index))}
              >
                删除
              </Text>
            )}
          </View>
          <View className='draft-editor__pair'>
            <TimeField
              label='开始时间'
              field={`hours.spans.${index}.start`}
              value={span.start}
              issues={issues}
              disabled={disabled}
              onChange={(value) => change(`hours.spans.${index}.start`, value)}
            />
            <TimeField
              label='结束时间'
              field={`hours.spans.${index}.end`}
              value={span.end}
              issues={issues}
              disabled={disabled}
              onChange={(value) => change(`hours.spans.${index}.end`, value)}
            />
          </View>
          <FieldError issues={issues} field={`hours.spans.${index}`} />
        </View>
      ))}
      <FieldError issues={issues} field='hours.spans' />
      {!disabled && spans.length < LIMITS.spanCount && (
        <ActionButton
          variant='secondary'
          onClick={() => change('hours.spans', [...spans, { start: '', end: '' }])}
        >
          ＋ 添加办公时段
        </ActionButton>
      )}
      <FormField
        label='办公时间说明'
        field='hours.notes'
        issues={issues}
        hint='可选，如：法定节假日除外'
      >
        <Input
          className='form-field__input'
          nativeProps={{ 'aria-label': '办公时间说明' }}
          value={notes}
          maxlength={LIMITS.hoursNotes}
          disabled={disabled}
          onInput={(e) => change('hours.notes', e.detail.value)}
        />
      </FormField>
    </View>
  );
}
