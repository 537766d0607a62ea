'use strict';

// Validation rules WeChat applies to subscription-message data and to text sent for content
// checks. Each template key is named <type><n> (thing1, time2, …) and the type fixes the format.

/** Length in characters as WeChat counts them (code points, so a Chinese character is one). */
function charLength(text) {
  return Array.from(text).length;
}

const HAN = /^\p{Script=Han}+$/u;

function isValidDate(year, month, day) {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

// Dates may be written 2023-03-15, 2023/03/15 or 2023年3月15日.
const DATE_PART = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;
const CLOCK_PART = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function isDatePart(text) {
  const m = DATE_PART.exec(text);
  if (!m) return false;
  return isValidDate(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
}

function isClockPart(text) {
  const m = CLOCK_PART.exec(text);
  if (!m) return false;
  const [hours, minutes, seconds] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return hours <= 23 && minutes <= 59 && seconds <= 59;
}

/** "2023-03-15 10:30" or "2023年3月15日 10:30"; a Chinese date may omit the space. */
function splitDateTime(text) {
  const spaced = /^(\S+)\s+(\S+)$/.exec(text);
  if (spaced) return [spaced[1], spaced[2]];
  const chinese = /^(\d{4}年\d{1,2}月\d{1,2}日)(\d{1,2}:\d{2}(?::\d{2})?)$/.exec(text);
  return chinese ? [chinese[1], chinese[2]] : null;
}

/** A 24-hour time, optionally preceded by a date. */
function isTimePoint(text) {
  if (isClockPart(text)) return true;
  const parts = splitDateTime(text);
  return Boolean(parts) && isDatePart(parts[0]) && isClockPart(parts[1]);
}

/** A date, optionally followed by a 24-hour time. */
function isDatePoint(text) {
  if (isDatePart(text)) return true;
  const parts = splitDateTime(text);
  return Boolean(parts) && isDatePart(parts[0]) && isClockPart(parts[1]);
}

/** WeChat allows time and date values to be a period: two points joined by "~". */
function isPointOrPeriod(text, isPoint) {
  const points = text.split('~').map((p) => p.trim());
  return points.length <= 2 && points.every(isPoint);
}

// Format per key type, from WeChat's subscribe-message documentation.
const VALUE_RULES = {
  thing: (v) => charLength(v) <= 20,
  phrase: (v) => charLength(v) <= 5 && HAN.test(v),
  time: (v) => isPointOrPeriod(v, isTimePoint),
  date: (v) => isPointOrPeriod(v, isDatePoint),
  character_string: (v) => v.length <= 32 && /^[\x21-\x7e]+$/.test(v),
  number: (v) => /^\d+(\.\d+)?$/.test(v) && v.replace('.', '').length <= 32,
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => charLength(v) <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(v),
  amount: (v) => /^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => v.length <= 17 && /^[\d+\-() ]+$/.test(v),
  car_number: (v) => charLength(v) <= 8 && /^[\p{Script=Han}A-Z0-9]+$/u.test(v),
  name: (v) => (charLength(v) <= 10 && HAN.test(v)) || /^[A-Za-z .·]{1,20}$/.test(v),
};

/** "thing12" → "thing"; "character_string3" → "character_string". */
function keyType(key) {
  const m = /^([a-z_]+?)\d+$/.exec(key);
  return m ? m[1] : null;
}

/** True when `value` is acceptable for a data key such as "thing1". */
function isValidValue(key, value) {
  const rule = VALUE_RULES[keyType(key)];
  if (!rule || typeof value !== 'string' || value.trim() === '') return false;
  return rule(value);
}

/**
 * Checks a send request's `data` against its template.
 * Returns null when valid, else the argument name for the 47003 message ("data.thing1.value").
 */
function findInvalidData(template, data) {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'data';
  const keys = Object.keys(data);
  if (keys.length === 0) return 'data';
  for (const key of keys) {
    if (!Object.hasOwn(template.keys, key)) return `data.${key}`;
    const entry = data[key];
    if (!entry || typeof entry !== 'object') return `data.${key}`;
    if (!isValidValue(key, entry.value)) return `data.${key}.value`;
  }
  return null;
}

/** Template config is code, not input, so a bad key type is reported loudly at start-up. */
function assertTemplates(templates) {
  for (const template of templates) {
    if (!template || typeof template.id !== 'string' || !template.keys) {
      throw new Error('each template needs an id and a keys object');
    }
    for (const key of Object.keys(template.keys)) {
      if (!VALUE_RULES[keyType(key)])
        throw new Error(`template ${template.id}: unknown key type in "${key}"`);
    }
  }
}

/** A page may carry a query string (detail?id=…); only the path has to be a known page. */
function isKnownPage(page, pages) {
  if (typeof page !== 'string') return false;
  const path = page.split('?')[0].replace(/^\//, '');
  return pages.includes(path) || (path.startsWith('packages/') && path.length > 'packages/'.length);
}

// Content-check labels from WeChat's msgSecCheck documentation.
const LABEL_PASS = 100;
const LABEL_OTHER = 21000;
const KNOWN_LABELS = { 赌博: 20006, 枪支出售: 20006, 诈骗链接: 20008, 代办证件: 10001 };

function keywordDetail(word, suggest) {
  const label = KNOWN_LABELS[word] ?? (suggest === 'risky' ? 20006 : LABEL_OTHER);
  return { strategy: 'keyword', errcode: 0, suggest, label, level: 20, keyword: word };
}

/**
 * A keyword-based stand-in for WeChat's content model: risky words win over review words.
 * Returns { suggest, label, detail } in msg_sec_check's shape.
 */
function checkContent(content, { riskyWords, reviewWords }) {
  const hits = [
    ...riskyWords.filter((w) => w && content.includes(w)).map((w) => keywordDetail(w, 'risky')),
    ...reviewWords.filter((w) => w && content.includes(w)).map((w) => keywordDetail(w, 'review')),
  ];
  const worst = hits[0];
  const suggest = worst ? worst.suggest : 'pass';
  const label = worst ? worst.label : LABEL_PASS;
  const model = { strategy: 'content_model', errcode: 0, suggest, label, prob: worst ? 90 : 0 };
  return { suggest, label, detail: [...hits, model] };
}

module.exports = {
  charLength,
  keyType,
  isValidValue,
  findInvalidData,
  assertTemplates,
  isKnownPage,
  checkContent,
  VALUE_RULES,
};
