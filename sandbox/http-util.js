'use strict';

// Minimal request/response plumbing on top of node:http, kept apart from routing so the
// handlers only ever see plain values.

// Nothing the sandbox accepts comes close to this; larger bodies are answered as bad data.
const MAX_BODY_BYTES = 1024 * 1024;

/** Resolves with the body text, or null when it is too large or the client went away. */
function readBody(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      // Keep draining an oversized body so the response can still be delivered.
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
    req.on('close', () => resolve(null));
  });
}

/** Parses a JSON object body; anything else (bad JSON, arrays, scalars) is null. */
function parseJsonObject(text) {
  if (typeof text !== 'string' || text.trim() === '') return null;
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

function send(res, status, contentType, text) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendJson(res, status, body) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function sendHtml(res, html) {
  send(res, 200, 'text/html; charset=utf-8', html);
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * True when a request's Host names this machine, with the port it came in on. DNS rebinding: a page
 * of evil.example whose name is then pointed at 127.0.0.1 reaches a local server as its own origin
 * (the browser allows it), but its requests still say Host: evil.example.
 */
function addressedToThisMachine(host, port) {
  const name = String(host ?? '').toLowerCase();
  return LOOPBACK_NAMES.some(
    (loopback) => name === `${loopback}:${port}` || (port === 80 && name === loopback),
  );
}

/** Query values as a plain object; a repeated key keeps its first value, as WeChat does. */
function queryObject(searchParams) {
  const query = Object.create(null); // no prototype, so '__proto__' is just a key
  for (const [key, value] of searchParams) {
    if (!Object.hasOwn(query, key)) query[key] = value;
  }
  return query;
}

module.exports = {
  readBody,
  parseJsonObject,
  sendJson,
  sendHtml,
  queryObject,
  addressedToThisMachine,
  MAX_BODY_BYTES,
};
