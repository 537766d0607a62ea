import type { OutgoingMessage } from '../../ports/notification-ports';

/** Cut to `max` characters (code points, so an emoji is never split), marking the cut. */
export function cutThing(text: string, max = 20): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** WeChat's `time` value in China time: 2026年11月27日 10:30. */
export function chinaTime(iso: string): string {
  const date = new Date(Date.parse(iso) + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日 ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** The release template (政策发布通知): thing1 标题, time2 发布时间, thing3 发布部门; it opens the item. */
export function releaseMessage(templateId: string, item: { id: string; title: string; office: string; publishedAt: string }): Omit<OutgoingMessage, 'openid'> {
  return {
    templateId,
    page: `pages/content/detail?id=${item.id}`,
    data: { thing1: { value: cutThing(item.title) }, time2: { value: chinaTime(item.publishedAt) }, thing3: { value: cutThing(item.office) } },
  };
}
