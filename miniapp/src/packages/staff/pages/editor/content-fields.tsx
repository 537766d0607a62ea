import { ConcernLinkField } from './concern-link-field';
import { ConsultationFields } from './consultation-fields';
import { DocumentFields } from './document-fields';
import { InterpretationFields } from './draft-form';
import { GuideFields } from './guide-fields';
import { NoticeFields } from './notice-fields';
import { QaFields } from './qa-fields';
import type { DraftFormState } from './use-draft-form';

/**
 * The fields of the draft's kind; a notice, Q&A or interpretation may also answer a concern, named
 * before its first publication (that publication joins the thread and reaches the followers): once
 * published, a link it had is shown fixed, and none is offered to an item published without one.
 */
export function ContentFields({
  state,
  disabled,
  published = false,
}: {
  state: DraftFormState;
  disabled: boolean;
  published?: boolean;
}) {
  const { form, issues, change } = state;
  if (
    (form.kind === 'notice' || form.kind === 'qa' || form.kind === 'interpretation') &&
    !(published && !form.concern)
  )
    return (
      <>
        <KindFields state={state} disabled={disabled} />
        <ConcernLinkField
          value={form.concern}
          issues={issues}
          disabled={disabled || published}
          onChange={(link) => change('concern', link)}
        />
      </>
    );
  return <KindFields state={state} disabled={disabled} />;
}

function KindFields({ state, disabled }: { state: DraftFormState; disabled: boolean }) {
  const { form, issues, change } = state;
  const edit = { issues, change, disabled };
  switch (form.kind) {
    case 'document':
      return <DocumentFields form={form} {...edit} />;
    case 'interpretation':
      return <InterpretationFields form={form} {...edit} />;
    case 'qa':
      return <QaFields form={form} {...edit} />;
    case 'notice':
      return <NoticeFields form={form} {...edit} />;
    case 'guide':
      return <GuideFields form={form} {...edit} />;
    case 'consultation':
      return <ConsultationFields form={form} {...edit} />;
  }
}
