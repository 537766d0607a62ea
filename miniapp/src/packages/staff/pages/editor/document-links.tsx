import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FieldIssue } from '@sunshine/shared';
import { FieldError } from '../../components/field-error';
import { DocumentSearch, type PickedDocument } from './document-search';

interface Props {
  /** Policy documents (the default) or service guides. */
  kind?: 'document' | 'guide';
  ids: string[];
  max: number;
  issues: FieldIssue[];
  /** Where the server and the schema report a problem with one link (`documentIds.0`), if per link. */
  rowField?: (index: number) => string;
  disabled: boolean;
  onChange: (ids: string[], picked?: PickedDocument) => void;
}

/** The published documents an item rests on: each one named, removable, and a search to add more. */
export function DocumentLinks({
  kind = 'document',
  ids,
  max,
  issues,
  rowField,
  disabled,
  onChange,
}: Props) {
  // Titles are known only for documents found in this session; a saved link shows its number.
  const [titles, setTitles] = useState<Record<string, string>>({});
  const add = (picked: PickedDocument) => {
    if (picked.title)
      setTitles((previous) => ({ ...previous, [picked.id]: picked.title as string }));
    if (!ids.includes(picked.id)) onChange([...ids, picked.id], picked);
  };
  return (
    <View className='document-links'>
      {ids.map((id, index) => (
        <View key={id} className='document-links__entry'>
          <View className='document-links__row'>
            <View className='document-links__names'>
              {titles[id] && <Text className='document-links__title'>{titles[id]}</Text>}
              <Text className='document-links__id'>文件编号 {id}</Text>
            </View>
            {!disabled && (
              <Text
                className='draft-editor__entry-remove'
                onClick={() => onChange(ids.filter((each) => each !== id))}
              >
                取消关联
              </Text>
            )}
          </View>
          {rowField && <FieldError issues={issues} field={rowField(index)} />}
        </View>
      ))}
      {ids.length === 0 && disabled && <Text className='draft-editor__muted'>未关联</Text>}
      {!disabled && ids.length < max && <DocumentSearch kind={kind} exclude={ids} onPick={add} />}
    </View>
  );
}
