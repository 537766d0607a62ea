import { Image, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { MEDIA_RULES, type MediaItem, type MediaKind } from '@sunshine/shared';
import { ownWords, useAction } from '../../../../hooks/use-submission';
import { chooseFile, typeOf, uploadMedia, type ChosenFile } from '../../../../services/media';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import type { InterpretationForm } from './draft-model';
import type { FieldsProps } from './use-draft-form';

const MAX_ITEMS = 20;

/** Audio comes from a chat file in WeChat; the H5 build has no such picker. */
async function chooseAudio(): Promise<ChosenFile | undefined> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({
      count: 1,
      type: 'file',
      extension: ['mp3', 'm4a', 'aac'],
    });
    const file = tempFiles[0];
    return (
      file && { path: file.path, size: file.size, contentType: typeOf(file.name || file.path) }
    );
  } catch {
    return undefined;
  }
}

const describe = (item: MediaItem) =>
  item.kind === 'image'
    ? {
        field: 'alt',
        label: '图片说明（替代文字）',
        value: item.alt,
        hint: '说明图片内容，供读屏软件朗读，如：“办理流程：预约—取号—受理—领证”',
      }
    : { field: 'title', label: `${MEDIA_RULES[item.kind].label}标题`, value: item.title, hint: '' };

/**
 * Graphics, audio and video of an interpretation: chosen on the phone, uploaded to storage,
 * checked by the server, then described. An image cannot be saved without its description.
 */
export function MediaEditor({ form, issues, change, disabled }: FieldsProps<InterpretationForm>) {
  // The server's check of the file names its problem as a field issue: that is the one to show.
  const {
    run,
    running: busy,
    failure: problem,
  } = useAction<MediaKind>({
    read: (caught) => ({
      message:
        (caught as { fields?: Array<{ message: string }> }).fields?.[0]?.message ??
        ownWords(caught).message,
      issues: [],
    }),
  });
  const { media } = form;

  const add = async (kind: MediaKind) => {
    const file = kind === 'audio' ? await chooseAudio() : await chooseFile(kind);
    if (!file) return;
    await run(
      async () => {
        const stored = await uploadMedia(file);
        const item: MediaItem =
          stored.kind === 'image'
            ? { kind: 'image', url: stored.url, alt: '' }
            : { kind: stored.kind, url: stored.url, title: '' };
        change('media', [...media, item]);
      },
      { as: kind },
    );
  };

  return (
    <StaffCard title={`图解与音视频（${media.length}）`}>
      {media.length === 0 && (
        <Text className='draft-editor__muted'>
          可选。图片不超过 5 MB，音频 20 MB，视频 100 MB。
        </Text>
      )}
      {media.map((item, index) => {
        const description = describe(item);
        return (
          <View key={item.url} className='draft-editor__entry'>
            <View className='draft-editor__entry-header'>
              <Text className='draft-editor__entry-title'>
                {MEDIA_RULES[item.kind].label} {index + 1}
              </Text>
              {!disabled && (
                <Text
                  className='draft-editor__entry-remove'
                  onClick={() =>
                    change(
                      'media',
                      media.filter((_, i) => i !== index),
                    )
                  }
                >
                  删除
                </Text>
              )}
            </View>
            {item.kind === 'image' && (
              <Image
                className='draft-editor__media-preview'
                src={item.url}
                mode='widthFix'
                ariaLabel={item.alt || '未填写说明的图片'}
                nativeProps={{ alt: item.alt }}
              />
            )}
            <FormField
              label={description.label}
              field={`media.${index}.${description.field}`}
              issues={issues}
              required
              hint={description.hint}
            >
              <Input
                className='form-field__input'
                nativeProps={{ 'aria-label': description.label }}
                value={description.value}
                maxlength={item.kind === 'image' ? 120 : 60}
                disabled={disabled}
                onInput={(e) => change(`media.${index}.${description.field}`, e.detail.value)}
              />
            </FormField>
            <FieldError issues={issues} field={`media.${index}.url`} />
          </View>
        );
      })}
      <FieldError issues={issues} field='media' />
      {problem && <Notice tone='error'>{problem}</Notice>}
      {!disabled && media.length < MAX_ITEMS && (
        <View className='draft-editor__media-actions'>
          <ActionButton
            variant='secondary'
            compact
            busy={busy === 'image'}
            disabled={Boolean(busy)}
            onClick={() => void add('image')}
          >
            ＋ 上传图片
          </ActionButton>
          <ActionButton
            variant='secondary'
            compact
            busy={busy === 'video'}
            disabled={Boolean(busy)}
            onClick={() => void add('video')}
          >
            ＋ 上传视频
          </ActionButton>
          {process.env.TARO_ENV !== 'h5' && (
            <ActionButton
              variant='secondary'
              compact
              busy={busy === 'audio'}
              disabled={Boolean(busy)}
              onClick={() => void add('audio')}
            >
              ＋ 上传音频
            </ActionButton>
          )}
        </View>
      )}
    </StaffCard>
  );
}
