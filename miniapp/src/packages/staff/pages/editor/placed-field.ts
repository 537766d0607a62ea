import type { EditorKind } from './editor-kind';

const CATALOGUE = 'title|category|office|topic|madeOn';
/** 关联关切, on the three kinds that may answer a concern. */
const CONCERN = 'concern(\\.(id|entry))?';

/** The fields each kind's form shows a problem under; anything else is listed above the buttons. */
const PLACED_FIELDS: Record<EditorKind, RegExp> = {
  document: new RegExp(
    `^(${CATALOGUE}|summary|number|documentType|issuedAt|changedOn|effectiveAt|validity|repealedOn|disclosure|withholding\\.(ground|basis)|body|attachments(\\.\\d+\\.(name|url))?)$`,
  ),
  interpretation: new RegExp(
    `^(${CATALOGUE}|${CONCERN}|summary|format|documentId|document\\.(title|number|issuer|issuedAt)|sections\\.\\w+|qa(\\.\\d+\\.(question|answer))?|media(\\.\\d+\\.(alt|title|url))?)$`,
  ),
  qa: new RegExp(
    `^(${CATALOGUE}|${CONCERN}|answer|tags(\\.\\d+)?|documentIds(\\.\\d+)?|guideIds(\\.\\d+)?)$`,
  ),
  notice: new RegExp(`^(${CATALOGUE}|${CONCERN}|body|urgent)$`),
  consultation: new RegExp(
    `^(${CATALOGUE}|summary|body|basis|feedbackUse|opensOn|closesOn|sections|questions(\\.\\d+\\.(prompt|multiple|options))?|attachments(\\.\\d+\\.(name|url))?)$`,
  ),
  guide: new RegExp(
    [
      `^(${CATALOGUE}|code|serviceKind|short|basis|eligibility|refusalGrounds`,
      'materials(\\.\\d+\\.(name|form|copies|notes|online))?',
      'steps(\\.\\d+\\.(name|description))?',
      'statutoryDays|statutoryCalendarDays|promisedDays|excludedSteps|fee\\.(free|amount|basis)',
      'address|location\\.(latitude|longitude)',
      // A span's own check (end after start) is reported on the span, and shown under its row.
      'hours\\.(days|spans|notes)|hours\\.spans\\.\\d+(\\.(start|end))?',
      'enquiryPhone|complaintPhone|onlineUrl|visits',
      'faq(\\.\\d+\\.(question|answer))?|documentIds(\\.\\d+)?)$',
    ].join('|'),
  ),
};

export const isPlaced = (kind: EditorKind, field: string): boolean =>
  PLACED_FIELDS[kind].test(field);
