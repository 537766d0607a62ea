import type { ApplicantCategory, ApplicantType } from '@sunshine/shared';

/**
 * Applications stored before the report's terms (issue 16) carry no applicant category. They are
 * read into the current shape here, at read time, so every reader (the case, the lists, the
 * report) sees one shape and no backfill has to touch the records (whose writes are versioned and
 * audited). The table is in docs/features/applications.md.
 */

/** A record without a category: a person is 自然人; an organization, not asked, is 其他. */
export function legacyApplicantCategory(type: ApplicantType | undefined): ApplicantCategory {
  return type === 'organization' ? 'other_organization' : 'natural_person';
}
