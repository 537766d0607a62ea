import type { ApplicantCategory, DocumentType, Outcome } from '@sunshine/shared';

/**
 * What the annual report (国办公开办函〔2021〕30号) reads from the product's own records, as narrow
 * ports so the computation is a pure function of these lists and each store answers in its own
 * access pattern. Dates are China dates (YYYY-MM-DD): the report's year is the bureau's calendar year.
 */

/** One application as section 3 counts it. */
export interface ApplicationForReport {
  id: string;
  /** The China date it was received (新收 in this year; 上年结转 if earlier and open on 1 January). */
  receivedOn: string;
  applicantCategory: ApplicantCategory;
  /** The China date it ended (reply or closing); absent while open. */
  endedOn?: string;
  /** The report row it ended in; present exactly when endedOn is. */
  outcome?: Outcome;
  /**
   * The 信息处理费 paid (国办函〔2020〕109号), for section 6's count and amount: 元 and the China
   * date it was recorded as paid. Known once the application ended (an application still open
   * at the report's making, its fee paid, is not yet listed with it).
   */
  feePaid?: { amount: number; paidOn: string };
}

export interface ReportApplicationSource {
  /**
   * Every application received in `year`, and every one received earlier that was still open on
   * 1 January of `year` (ended on or after it, or not ended). Each application once.
   */
  listForReportYear(year: number): Promise<ApplicationForReport[]>;
}

/** One published policy document as section 2 counts it (规章 and 行政规范性文件 only). */
export interface DocumentForReport {
  id: string;
  title: string;
  documentType: DocumentType;
  /** 成文日期: made (本年制发) in the year of this date. */
  madeOn?: string;
  /** The date it was repealed or expired (本年废止); absent while in force. */
  repealedOn?: string;
  /** Whether it is in force today (现行有效 counts those in force on 31 December of the year). */
  validity: string;
}

export interface ReportDocumentSource {
  /** Every published document whose 文件类型 is 规章 or 行政规范性文件. */
  listCountedDocuments(): Promise<DocumentForReport[]>;
}

/** Art. 26: items published more than 20 working days after their information was made or changed. */
export interface LatePublicationSource {
  /** The items first published in `year` later than their 20-working-day deadline. */
  listLatePublications(
    year: number,
  ): Promise<{ id: string; title: string; madeOn: string; publishedOn: string }[]>;
}
