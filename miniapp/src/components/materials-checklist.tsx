import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { MATERIAL_FORM_LABELS, type Material } from '@sunshine/shared';
import { readChecked, saveChecked } from '../services/checklist';

/** What to bring, as a list the resident ticks while gathering it; the ticks stay on the phone. */
export function MaterialsChecklist({
  guideId,
  materials,
}: {
  guideId?: string;
  materials: Material[];
}) {
  const [checked, setChecked] = useState<string[]>(() => (guideId ? readChecked(guideId) : []));
  const toggle = (name: string) => {
    const next = checked.includes(name)
      ? checked.filter((each) => each !== name)
      : [...checked, name];
    setChecked(next);
    if (guideId) saveChecked(guideId, next);
  };
  const ready = materials.filter((material) => checked.includes(material.name)).length;
  if (materials.length === 0)
    return <Text className='guide-body__muted'>本事项无需提交材料。</Text>;
  return (
    <View className='materials'>
      <Text className='materials__progress'>
        已准备 {ready}/{materials.length} 项{ready === materials.length ? '，材料已备齐' : ''}
      </Text>
      {materials.map((material) => {
        const on = checked.includes(material.name);
        return (
          <View
            key={material.name}
            className={`materials__item${on ? ' materials__item--checked' : ''}`}
            ariaRole='checkbox'
            aria-checked={on}
            ariaLabel={material.name}
            onClick={() => toggle(material.name)}
          >
            <Text className='materials__box'>{on ? '✓' : ''}</Text>
            <View className='materials__text'>
              <Text className='materials__name'>{material.name}</Text>
              <Text className='materials__meta'>
                {[
                  `${MATERIAL_FORM_LABELS[material.form]} ${material.copies} 份`,
                  material.online ? '可网上提交' : '',
                  material.notes,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </View>
          </View>
        );
      })}
    </View>
  );
}
