import { Text } from '@tarojs/components';
import { VALIDITY_LABELS, type Validity } from '@sunshine/shared';
import './validity-badge.scss';

/** Whether a document still applies: residents must not act on a repealed one unawares. */
export function ValidityBadge({ validity }: { validity: Validity }) {
  return (
    <Text
      className={`validity-badge validity-badge--${validity === 'in_force' ? 'valid' : 'invalid'}`}
    >
      {VALIDITY_LABELS[validity]}
    </Text>
  );
}
