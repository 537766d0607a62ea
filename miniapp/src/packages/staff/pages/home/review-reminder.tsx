import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { getStaffNegativeList } from '../../../../services/staff';
import { chinaDate } from '../../components/format-time';
import { NEGATIVE_LIST_ADMIN_URL } from '../../../../page-urls';
import { reviewReminder, type DeadlineTone } from './deadline-model';
import './deadline-section.scss';

/**
 * The negative list's yearly review, when it is due within 30 days or past: one request, and a
 * failure shows nothing (the negative-list page itself says what went wrong). Admins open the
 * page to record the review.
 */
export function ReviewReminder({ admin, refreshKey }: { admin: boolean; refreshKey: number }) {
  const [reminder, setReminder] = useState<{ tone: DeadlineTone; text: string }>();
  useEffect(() => {
    let current = true;
    getStaffNegativeList()
      .then((list) => current && setReminder(reviewReminder(list, chinaDate())))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [refreshKey]);
  if (!reminder) return null;
  return (
    <View
      className={`review-reminder review-reminder--${reminder.tone}`}
      onClick={admin ? () => void Taro.navigateTo({ url: NEGATIVE_LIST_ADMIN_URL }) : undefined}
    >
      <Text>{reminder.text}</Text>
    </View>
  );
}
