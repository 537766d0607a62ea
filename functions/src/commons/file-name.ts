/**
 * File names for exports. A name is made from staff text (a consultation's title), so it may hold
 * an emoji or characters no file system takes; every export's name goes through `safeFileName`.
 */

/** The first `max` characters (code points, so a surrogate pair is never split). */
export function truncateChars(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

/** Characters Windows, macOS or a header do not take in a file name: / \ " : * ? < > | and controls. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[/\\":*?<>|\u0000-\u001F\u007F]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The name without unsafe characters, a lone surrogate replaced by U+FFFD (it cannot be encoded). */
export function safeFileName(name: string): string {
  return name.replace(UNSAFE, '').replace(LONE_SURROGATE, '\uFFFD');
}
