import { GUIDE_HEADERS } from '../../src/domain/guides/guide-columns';

const csvCell = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
/** A row in the export's column order, from a guide's values (what a spreadsheet holds). */
export function guideRow(code: string, overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {
    事项名称: `居住证办理 ${code}`,
    事项编码: code,
    事项类型: '公共服务',
    实施机关: '人口管理大队',
    类别: '户籍管理',
    公开类别: '服务公开',
    简版指南: '带身份证和居住证明到派出所办理，免费。',
    设定依据: '《居住证暂行条例》',
    申请条件: '居住半年以上。',
    不予受理情形: '',
    申请材料: '居民身份证|原件|1||否\n居住证明|原件和复印件|1|租房合同|是',
    办理流程: '申请|到派出所提交材料\n受理|当场受理',
    法定办结时限: '15',
    法定时限单位: '自然日',
    承诺办结时限: '10',
    特殊环节: '',
    收费标准: '免费',
    收费依据: '',
    办理地点: '长治市上党区政务服务中心',
    纬度: '36.05',
    经度: '113.05',
    办公日: '1,2,3,4,5',
    办公时间: '08:30-12:00,14:30-17:30',
    办公时间说明: '',
    咨询电话: '0355-6212345',
    监督投诉电话: '12345',
    网上办理地址: '',
    到现场次数: '1',
    常见问题: '可以代办吗？|可以，带委托书。',
    关联文件编号: '',
    ...overrides,
  };
  return GUIDE_HEADERS.map((name) => csvCell(values[name] ?? '')).join(',');
}
/** A CSV file as Excel saves it (CSV UTF-8): BOM, the export's headers, CRLF. */
export const guideCsv = (...rows: string[]) =>
  new TextEncoder().encode(`\uFEFF${[GUIDE_HEADERS.join(','), ...rows].join('\r\n')}\r\n`);
