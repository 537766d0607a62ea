/** Private storage for exported files (S3 under exports/ in AWS, s3rver locally), read by link only. */
export interface ExportFiles {
  /**
   * Store one file, its text written as it is made (never whole in memory, never in a response),
   * and answer a link that downloads it under `fileName` until `expiresAt`.
   */
  save(file: {
    fileName: string;
    contentType: string;
    body: AsyncIterable<string>;
  }): Promise<{ url: string; expiresAt: string; bytes: number }>;
}
