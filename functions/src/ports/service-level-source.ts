import type { QuestionKind, RatingScore } from '@sunshine/shared';

/** A question as the service levels count it: dates, deadline, answer time and score; no text or contact. */
export interface QuestionCase {
  id: string;
  kind: QuestionKind;
  askedAt: string;
  dueAt: string;
  dueApproximate: boolean;
  answeredAt?: string;
  score?: RatingScore;
  office?: string;
}

/** An application as the service levels count it: China dates only; no applicant. */
export interface ApplicationCase {
  id: string;
  receivedOn: string;
  /** The deadline (the last one for an ended case); absent while its clock is stopped. */
  dueOn?: string;
  dueApproximate: boolean;
  /** The reply's or closing's date; absent while open. */
  endedOn?: string;
  office?: string;
}

export interface ServiceLevelSource {
  /** Pattern 173: the questions asked in a year (China time), answered or open. */
  questionsOfYear(year: number): Promise<QuestionCase[]>;
  /** Pattern 174: the applications received in a year, ended or open. */
  applicationsOfYear(year: number): Promise<ApplicationCase[]>;
}
