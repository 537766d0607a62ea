import { Text, View } from '@tarojs/components';
import type { ImportFormat, ImportProblem } from '@sunshine/shared';

/** A CSV problem is on a line of the file; a JSON one at a position in the array. */
const UNITS: Record<ImportFormat, string> = { csv: '行', json: '条' };

/** '第 12 行「申请材料」：第 2 条缺少份数': where to look in the file, then what is wrong. */
export function describeProblem(problem: ImportProblem, format: ImportFormat): string {
  const column = problem.column ? `「${problem.column}」` : '';
  return `第 ${problem.line} ${UNITS[format]}${column}：${problem.message}`;
}

interface Props {
  problems: ImportProblem[];
  /** Problems the server found but did not list. */
  more: number;
  format: ImportFormat;
}

/** The rows to fix, in file order, so the staff member can work down the spreadsheet. */
export function ProblemList({ problems, more, format }: Props) {
  if (problems.length === 0) return null;
  return (
    <View className='guide-import__problems'>
      <Text className='guide-import__problems-title'>{`需要修改的问题（${problems.length + more}）`}</Text>
      {problems.map((problem, index) => (
        <Text
          key={`${problem.line}-${problem.column ?? ''}-${index}`}
          className='guide-import__problem'
        >
          {describeProblem(problem, format)}
        </Text>
      ))}
      {more > 0 && (
        <Text className='guide-import__problems-more'>{`另有 ${more} 个问题未列出，请先修改以上问题再导入查看。`}</Text>
      )}
    </View>
  );
}
