'use strict';

// The sandbox's own status page (GET /): what the backend sent to "WeChat", newest first.
// Text on the page is Chinese for the people testing the mini-program; every value is escaped
// because it comes straight from requests.

const { maskOpenid, maskValue, chinaTime } = require('./format');
const { listCredits, listDeliveries } = require('./control-api');
const { listFaults } = require('./faults');

const ROWS_PER_SECTION = 50;
const CONTENT_PREVIEW_CHARS = 50;
const SCENE_NAMES = { 1: '资料', 2: '评论', 3: '论坛', 4: '社交日志' };
const SUGGEST_NAMES = { pass: '通过', review: '需人工复审', risky: '有风险' };

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

function timeOf(isoTime) {
  return chinaTime(Date.parse(isoTime));
}

function newestFirst(list) {
  return list.slice(-ROWS_PER_SECTION).reverse();
}

/** A table, or a short note when there is nothing to show yet. Cells must be escaped already. */
function table(headers, rows) {
  if (rows.length === 0) return '<p class="empty">暂无记录</p>';
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function dataLines(template, data) {
  return Object.entries(data || {})
    .map(([key, entry]) => {
      const label = template && template.keys[key] ? `（${template.keys[key]}）` : '';
      const value = entry && typeof entry === 'object' ? entry.value : entry;
      return `<div><code>${escapeHtml(key)}</code>${escapeHtml(label)}：${escapeHtml(value)}</div>`;
    })
    .join('');
}

function messagesSection(state, templates) {
  const rows = newestFirst(state.messages).map((m) => {
    const template = templates.find((t) => t.id === m.template_id);
    const templateCell = `${escapeHtml(template ? template.title : '')}<br><code>${escapeHtml(m.template_id)}</code>`;
    return [
      escapeHtml(timeOf(m.time)),
      escapeHtml(maskOpenid(m.touser)),
      templateCell,
      `<code>${escapeHtml(m.page)}</code>`,
      dataLines(template, m.data),
    ];
  });
  return table(['时间', '接收用户', '模板', '跳转页面', '内容'], rows);
}

/**
 * Delivered messages grouped by person, the most recent recipient first: what each resident's
 * phone would show. Totals come from the uncapped delivery counts; the lines from the recent list.
 */
function perPersonSection(state, templates) {
  const totals = new Map();
  for (const d of listDeliveries(state))
    totals.set(d.touser, (totals.get(d.touser) || 0) + d.count);
  const people = [...new Set(state.messages.map((m) => m.touser).reverse())].slice(
    0,
    ROWS_PER_SECTION,
  );
  const rows = people.map((touser) => {
    const lines = newestFirst(state.messages.filter((m) => m.touser === touser))
      .map((m) => {
        const template = templates.find((t) => t.id === m.template_id);
        return `<div>${escapeHtml(timeOf(m.time))} ${escapeHtml(template ? template.title : m.template_id)} → <code>${escapeHtml(m.page)}</code></div>`;
      })
      .join('');
    return [
      `<code>${escapeHtml(maskOpenid(touser))}</code>`,
      escapeHtml(totals.get(touser) || 0),
      lines,
    ];
  });
  return table(['接收用户', '已送达', '消息（最新在前）'], rows);
}

/** Faults armed through the control endpoints, so a tester sees why calls fail. */
function faultsSection(state) {
  const { failNext, delays, faultRates } = listFaults(state);
  const rows = [
    ...failNext.map((f) => [
      'fail-next',
      `<code>${escapeHtml(f.path)}</code>`,
      escapeHtml(`errcode ${f.pending.join(', ')}`),
    ]),
    ...delays.map((d) => [
      'delay',
      `<code>${escapeHtml(d.path)}</code>`,
      escapeHtml(`${d.ms} ms × ${d.remaining}`),
    ]),
    ...faultRates.map((f) => [
      'fault-rate',
      `<code>${escapeHtml(f.path)}</code>`,
      escapeHtml(`errcode ${f.errcode}，比例 ${f.rate}，种子 ${f.seed}，已注入 ${f.injected}`),
    ]),
  ];
  return table(['类型', '路径', '设置'], rows);
}

function contentChecksSection(state) {
  const rows = newestFirst(state.contentChecks).map((c) => [
    escapeHtml(timeOf(c.time)),
    escapeHtml(SCENE_NAMES[c.scene] || c.scene),
    `<span class="suggest-${escapeHtml(c.suggest)}">${escapeHtml(SUGGEST_NAMES[c.suggest] || c.suggest)}</span>（${escapeHtml(c.label)}）`,
    escapeHtml(Array.from(c.content).slice(0, CONTENT_PREVIEW_CHARS).join('')),
  ]);
  return table(['时间', '场景', '结果', '内容（前 50 字）'], rows);
}

function loginsSection(state) {
  const rows = newestFirst(state.logins).map((l) => [
    escapeHtml(timeOf(l.time)),
    escapeHtml(l.identity),
    `<code>${escapeHtml(maskOpenid(l.openid))}</code>`,
  ]);
  return table(['时间', '测试身份', 'openid'], rows);
}

function creditsSection(state) {
  const rows = listCredits(state).map((c) => [
    `<code>${escapeHtml(maskOpenid(c.openid))}</code>`,
    `<code>${escapeHtml(c.template_id)}</code>`,
    escapeHtml(c.count),
  ]);
  return table(['用户', '模板', '剩余次数'], rows);
}

function callsSection(state) {
  const rows = newestFirst(state.calls).map((c) => [
    escapeHtml(timeOf(c.time)),
    escapeHtml(c.method),
    `<code>${escapeHtml(c.path)}</code>`,
    c.errcode === 0
      ? '<span class="ok">0</span>'
      : `<span class="err">${escapeHtml(c.errcode)}</span>`,
  ]);
  return table(['时间', '方法', '路径', 'errcode'], rows);
}

const STYLE = `
body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f5f6f7; color: #222; }
header { background: #07c160; color: #fff; padding: 16px 24px; }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 4px 0 0; font-size: 13px; opacity: .9; }
main { padding: 8px 24px 32px; max-width: 1200px; }
section { background: #fff; border-radius: 8px; padding: 12px 16px; margin-top: 16px; box-shadow: 0 1px 2px rgba(0,0,0,.06); }
h2 { font-size: 16px; margin: 0 0 8px; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #eee; vertical-align: top; word-break: break-all; }
th { color: #666; font-weight: normal; background: #fafafa; }
code { font-family: Menlo, Consolas, monospace; font-size: 12px; color: #555; }
.empty { color: #999; font-size: 13px; margin: 4px 0; }
.ok, .suggest-pass { color: #07a050; }
.err, .suggest-risky { color: #d93025; font-weight: bold; }
.suggest-review { color: #e37400; }
`;

/** The whole page; refreshes itself every 5 seconds so it can be left open during a test run. */
function renderPage({ state, options }) {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>微信接口沙箱</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>微信接口沙箱</h1>
<p>本地模拟微信服务端接口，仅供开发测试，不会发送任何真实消息。AppID：<code>${escapeHtml(maskValue(options.appid, 6))}</code>，每 5 秒自动刷新。</p>
</header>
<main>
<section><h2>按用户查看已送达消息</h2>${perPersonSection(state, options.templates)}</section>
<section><h2>订阅消息（${state.messages.length}）</h2>${messagesSection(state, options.templates)}</section>
<section><h2>故障注入</h2>${faultsSection(state)}</section>
<section><h2>内容安全检测（${state.contentChecks.length}）</h2>${contentChecksSection(state)}</section>
<section><h2>登录（${state.logins.length}）</h2>${loginsSection(state)}</section>
<section><h2>订阅额度</h2>${creditsSection(state)}</section>
<section><h2>最近接口调用</h2>${callsSection(state)}</section>
</main>
</body>
</html>
`;
}

module.exports = { renderPage, escapeHtml };
