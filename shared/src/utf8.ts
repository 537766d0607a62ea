/**
 * UTF-8 by hand: the WeChat mini-program's JavaScript engine has no TextEncoder/TextDecoder, and
 * topic keys are read on the phone too.
 */
export function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
  }
  return bytes;
}

/** The text of UTF-8 bytes, or undefined if they are not valid UTF-8. */
export function utf8Text(bytes: number[]): string | undefined {
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >> 5 === 0b110
          ? 2
          : lead >> 4 === 0b1110
            ? 3
            : lead >> 3 === 0b11110
              ? 4
              : 0;
    if (!length || i + length > bytes.length) return undefined;
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if (next >> 6 !== 0b10) return undefined;
      code = (code << 6) | (next & 0x3f);
    }
    text += String.fromCodePoint(code);
    i += length;
  }
  return text;
}
