import { Input, Textarea } from '@tarojs/components';
import type { FieldIssue } from '@sunshine/shared';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { CatalogueFields } from './catalogue-fields';
import { counter } from './counter';
import { DocumentLinks } from './document-links';
import { DRAFT_LIMITS } from './draft-limits';
import { splitTags, type QaForm } from './draft-model';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.qa;

/**
 * Tags are typed on one line but checked one by one (`tags.2`): show each problem under the line,
 * naming the tag it is about.
 */
function tagIssues(issues: FieldIssue[], text: string): FieldIssue[] {
  const tags = splitTags(text);
  return issues.flatMap((issue) => {
    const match = /^tags\.(\d+)$/.exec(issue.field);
    return match
      ? [{ field: 'tags', message: `「${tags[Number(match[1])] ?? ''}」${issue.message}` }]
      : [];
  });
}

/** Every field of a policy Q&A: the question (its title), the answer, tags, the documents it rests on and the guides it is about. */
export function QaFields(props: FieldsProps<QaForm>) {
  const { form, issues, change, disabled } = props;
  return (
    <>
      <CatalogueFields {...props} />

      <StaffCard title='回答'>
        <FormField
          label='回答'
          field='answer'
          issues={issues}
          required
          hint={counter(form.answer, LIMITS.answer)}
        >
          <Textarea
            className='form-field__textarea'
            value={form.answer}
            maxlength={LIMITS.answer}
            disabled={disabled}
            autoHeight
            placeholder='用群众能看懂的话回答，分段请换行'
            onInput={(e) => change('answer', e.detail.value)}
          />
        </FormField>
        <FormField
          label='标签'
          field='tags'
          issues={[...issues, ...tagIssues(issues, form.tags)]}
          hint={`可选，最多 ${LIMITS.tagCount} 个，用空格或逗号分开`}
        >
          <Input
            className='form-field__input'
            value={form.tags}
            disabled={disabled}
            placeholder='如：身份证 补办'
            onInput={(e) => change('tags', e.detail.value)}
          />
        </FormField>
      </StaffCard>

      <StaffCard title='依据文件'>
        <FormField
          label='关联政策文件'
          field='documentIds'
          issues={issues}
          hint={`可选，最多 ${LIMITS.documentCount} 个`}
        >
          <DocumentLinks
            ids={form.documentIds}
            max={LIMITS.documentCount}
            issues={issues}
            rowField={(index) => `documentIds.${index}`}
            disabled={disabled}
            onChange={(ids) => change('documentIds', ids)}
          />
        </FormField>
      </StaffCard>

      <StaffCard title='相关办事指南'>
        <FormField
          label='关联办事指南'
          field='guideIds'
          issues={issues}
          hint={`可选，最多 ${LIMITS.documentCount} 个。群众在问答页可直接打开办事指南，指南页也会列出本问答`}
        >
          <DocumentLinks
            kind='guide'
            ids={form.guideIds}
            max={LIMITS.documentCount}
            issues={issues}
            rowField={(index) => `guideIds.${index}`}
            disabled={disabled}
            onChange={(ids) => change('guideIds', ids)}
          />
        </FormField>
      </StaffCard>
    </>
  );
}
