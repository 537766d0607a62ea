import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { describeHours, isOpenAt, type GuideDraft } from '@sunshine/shared';

type Place = Pick<
  GuideDraft,
  'title' | 'address' | 'location' | 'hours' | 'enquiryPhone' | 'complaintPhone'
>;

/** Where and when to go, and whom to call: each a tap away (call, map, copy). */
export function ServicePlace({ guide, now = new Date() }: { guide: Place; now?: Date }) {
  const open = isOpenAt(guide.hours, now);
  const call = (phoneNumber: string) =>
    void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);
  return (
    <View className='place'>
      <View className='place__row'>
        <Text className='place__label'>办理地点</Text>
        <Text className='place__value'>{guide.address}</Text>
      </View>
      <View className='place__actions'>
        {guide.location && (
          <View
            className='place__action'
            ariaRole='button'
            onClick={() =>
              void Taro.openLocation({
                ...guide.location!,
                name: guide.title,
                address: guide.address,
                scale: 16,
              }).catch(() => undefined)
            }
          >
            <Text>查看地图</Text>
          </View>
        )}
        <View
          className='place__action'
          ariaRole='button'
          onClick={() => void Taro.setClipboardData({ data: guide.address })}
        >
          <Text>复制地址</Text>
        </View>
      </View>
      <View className='place__row'>
        <Text className='place__label'>办公时间</Text>
        <View className='place__hours'>
          <Text className='place__value'>{describeHours(guide.hours)}</Text>
          {/* Holidays are not in the regular hours: say whose clock this is. */}
          <Text className={`place__open place__open--${open ? 'yes' : 'no'}`}>
            {open ? '按常规时间，现在正在办公' : '按常规时间，现在不在办公时间'}
          </Text>
          {guide.hours.notes && <Text className='place__note'>{guide.hours.notes}</Text>}
        </View>
      </View>
      <View className='place__row'>
        <Text className='place__label'>咨询电话</Text>
        <View
          className='place__phone'
          ariaRole='button'
          ariaLabel={`拨打咨询电话 ${guide.enquiryPhone}`}
          onClick={() => call(guide.enquiryPhone)}
        >
          <Text>{guide.enquiryPhone}</Text>
        </View>
      </View>
      <View className='place__row'>
        <Text className='place__label'>监督投诉</Text>
        <View
          className='place__phone'
          ariaRole='button'
          ariaLabel={`拨打监督投诉电话 ${guide.complaintPhone}`}
          onClick={() => call(guide.complaintPhone)}
        >
          <Text>{guide.complaintPhone}</Text>
        </View>
      </View>
    </View>
  );
}
