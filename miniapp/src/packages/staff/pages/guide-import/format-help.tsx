import { Text, View } from '@tarojs/components';
import { IMPORT_MAX_BYTES } from '@sunshine/shared';

const MAX_MB = IMPORT_MAX_BYTES / 1024 / 1024;

/** How an import file must look: said before the staff member prepares one, not after it fails. */
export function FormatHelp() {
  const inWeChat = process.env.TARO_ENV !== 'h5';
  return (
    <View className='guide-import__help'>
      <Text className='guide-import__paragraph'>
        CSV 文件，UTF-8
        编码，第一行为中文列名（事项名称、事项编码、事项类型、申请材料、办理流程……），之后每行一个办事指南。也可导入
        JSON 文件（办事指南数组）。
      </Text>
      <Text className='guide-import__paragraph'>
        申请材料、办理流程、常见问题等列表，在单元格内每条占一行，各部分用“|”分隔。例如申请材料一行：居民身份证|原件|1|核验后退回|否（名称|形式|份数|备注|可否网上提交）。
      </Text>
      <Text className='guide-import__paragraph'>
        按事项编码对应已有指南：编码已有的更新，没有的新建；内容没有变化的不改动，同一文件再导入一次不会有任何改变。
      </Text>
      <Text className='guide-import__paragraph'>{`文件不能超过 ${MAX_MB} MB。最省事的做法：先导出当前目录作为模板，在表格软件中修改，另存为 CSV（UTF-8）后导入。`}</Text>
      {inWeChat && (
        <Text className='guide-import__paragraph'>
          在微信中只能从聊天记录选择文件：可先在电脑上把文件发送到「文件传输助手」。
        </Text>
      )}
    </View>
  );
}
