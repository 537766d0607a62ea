/**
 * An export written to private storage and offered as a short-lived link (a staff file is never
 * the response itself: a Lambda answers at most 6 MB, and WeChat cannot save a response as a file).
 */
export interface ExportFileView {
  /** Where the file is read, for about ten minutes (a presigned link to private storage). */
  url: string;
  /** The name it is saved under, in Chinese where it says what it holds (办事指南-2026-12-07.csv). */
  fileName: string;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
  /** The file's size. */
  bytes: number;
  /** Data rows (a CSV's header not counted; a JSON array's items). */
  rows: number;
}
