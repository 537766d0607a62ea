import { KIND_LABELS, type ContentCard } from '@sunshine/shared';
import type { ContentStore } from '../../ports/content-store';

const ENTRIES = 50;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/** Where a resident opens an item: the H5 build's page for it. */
export const itemUrl = (webUrl: string, id: string) =>
  `${webUrl.replace(/\/$/, '')}/#/pages/content/detail?id=${id}`;

function entry(card: ContentCard, webUrl: string): string {
  return [
    '<entry>',
    `<id>urn:sunshine:content:${card.id}</id>`,
    `<title>${escapeXml(card.urgent ? `【紧急】${card.title}` : card.title)}</title>`,
    `<link rel="alternate" href="${escapeXml(itemUrl(webUrl, card.id))}"/>`,
    `<updated>${card.publishedAt}</updated>`,
    `<published>${card.publishedAt}</published>`,
    `<category term="${card.kind}" label="${KIND_LABELS[card.kind]}"/>`,
    // 索引号, for the portals that list the bureau's 目录 from this feed (Dublin Core's identifier).
    card.indexNumber ? `<dc:identifier>${escapeXml(card.indexNumber)}</dc:identifier>` : '',
    `<summary>${escapeXml(card.summary)}</summary>`,
    '</entry>',
  ].join('');
}

/** An Atom feed of the newest releases of every kind (one Query), for feed readers and portals. */
export async function releasesFeed(
  store: ContentStore,
  { webUrl, bureau }: { webUrl: string; bureau: string },
): Promise<string> {
  const { items } = await store.listPublished({ limit: ENTRIES });
  const updated = items[0]?.publishedAt ?? new Date(0).toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="zh-CN">',
    '<id>urn:sunshine:releases</id>',
    `<title>${escapeXml(`${bureau} · 政务公开最新发布`)}</title>`,
    `<link rel="alternate" href="${escapeXml(webUrl)}"/>`,
    `<updated>${updated}</updated>`,
    `<author><name>${escapeXml(bureau)}</name></author>`,
    ...items.map((card) => entry(card, webUrl)),
    '</feed>',
    '',
  ].join('\n');
}
