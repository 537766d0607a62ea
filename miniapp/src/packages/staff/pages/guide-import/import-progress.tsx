import { Text, View } from '@tarojs/components';

interface Props {
  label: string;
  /** 0–1 of the current phase; left out while there is nothing to measure (the upload). */
  progress?: number;
}

/** A labelled bar with its percentage, announced as a progress bar to assistive technology. */
export function ImportProgress({ label, progress }: Props) {
  const percent =
    progress === undefined ? undefined : Math.round(Math.min(Math.max(progress, 0), 1) * 100);
  const text = percent === undefined ? label : `${label} ${percent}%`;
  return (
    <View
      className='guide-import__progress'
      role='progressbar'
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={text}
    >
      <Text className='guide-import__progress-text'>{text}</Text>
      <View className='guide-import__progress-track'>
        <View
          className={`guide-import__progress-bar${percent === undefined ? ' guide-import__progress-bar--pending' : ''}`}
          style={{ width: `${percent ?? 100}%` }}
        />
      </View>
    </View>
  );
}
