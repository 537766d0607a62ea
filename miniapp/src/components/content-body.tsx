import type { ContentDraft } from '@sunshine/shared';
import type { ReactNode } from 'react';
import { AnnualReportBody } from './annual-report-body';
import { ConsultationBody } from './consultation-body';
import { DocumentBody } from './document-body';
import { GuideBody } from './guide-body';
import { InterpretationBody } from './interpretation-body';
import { NoticeBody } from './notice-body';
import { QaBody } from './qa-body';

export interface ContentBodyProps {
  content: ContentDraft;
  /** Reviewers read every answer; residents open the ones they want. */
  answersOpen?: boolean;
  badges?: ReactNode;
  byline?: ReactNode;
  /** For an interpretation: the library document it explains, in place of the typed source. */
  document?: ReactNode;
  /** A published item's id (a guide keeps its materials checklist under it). */
  id?: string;
}

/**
 * Any item as residents read it. The staff review page shows drafts through this same component,
 * so a reviewer approves exactly what residents will see.
 */
export function ContentBody({
  content,
  answersOpen,
  badges,
  byline,
  document,
  id,
}: ContentBodyProps) {
  switch (content.kind) {
    case 'document':
      return <DocumentBody content={content} badges={badges} byline={byline} />;
    case 'interpretation':
      return (
        <InterpretationBody
          content={content}
          answersOpen={answersOpen}
          badges={badges}
          byline={byline}
          document={document}
        />
      );
    case 'qa':
      return <QaBody content={content} badges={badges} byline={byline} />;
    case 'notice':
      return <NoticeBody content={content} badges={badges} byline={byline} />;
    case 'guide':
      return (
        <GuideBody
          content={content}
          guideId={id}
          badges={badges}
          byline={byline}
          expanded={answersOpen}
        />
      );
    case 'consultation':
      return <ConsultationBody content={content} badges={badges} byline={byline} />;
    case 'annual_report':
      return <AnnualReportBody content={content} id={id} badges={badges} byline={byline} />;
  }
}
