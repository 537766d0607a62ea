import { fireEvent, screen, within } from '@testing-library/react';
import { MATERIAL_FORMS, SERVICE_KINDS, type GuideDraft } from '@sunshine/shared';
import { fillCatalogue } from './fill-draft';
import { byPlaceholder, control, fieldBox, pick, toggle, typeInto } from './interact';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** Fill a new guide's form with what the value holds, as an editor would: lists grow one entry at a time. */
export async function fillGuide(value: GuideDraft) {
  await fillCatalogue(value);
  await typeInto(control('code'), value.code);
  pick(control('serviceKind'), SERVICE_KINDS.indexOf(value.serviceKind));
  for (const field of [
    'short',
    'basis',
    'eligibility',
    'refusalGrounds',
    'excludedSteps',
    'address',
    'enquiryPhone',
    'complaintPhone',
  ] as const)
    await typeInto(control(field), value[field]);
  for (const field of ['statutoryDays', 'promisedDays', 'visits'] as const)
    await typeInto(control(field), String(value[field]));

  for (const [index, material] of value.materials.entries()) {
    fireEvent.click(screen.getByText('＋ 添加材料'));
    await typeInto(control(`materials.${index}.name`), material.name);
    pick(control(`materials.${index}.form`), MATERIAL_FORMS.indexOf(material.form));
    await typeInto(control(`materials.${index}.copies`), String(material.copies));
    await typeInto(control(`materials.${index}.notes`), material.notes);
    if (material.online) toggle(control(`materials.${index}.online`), true);
  }
  for (const [index, step] of value.steps.entries()) {
    fireEvent.click(screen.getByText('＋ 添加环节'));
    await typeInto(control(`steps.${index}.name`), step.name);
    await typeInto(control(`steps.${index}.description`), step.description);
  }

  if (!value.fee.free) {
    toggle(control('fee.free'), true);
    await typeInto(control('fee.amount'), value.fee.amount);
    await typeInto(control('fee.basis'), value.fee.basis);
  }
  if (value.location) {
    await typeInto(control('location.latitude'), String(value.location.latitude));
    await typeInto(control('location.longitude'), String(value.location.longitude));
  }

  for (const day of value.hours.days)
    fireEvent.click(within(fieldBox('hours.days')).getByText(WEEKDAYS[day - 1]!));
  for (const [index, span] of value.hours.spans.entries()) {
    // A new guide starts with one span to fill.
    if (index > 0) fireEvent.click(screen.getByText('＋ 添加办公时段'));
    pick(control(`hours.spans.${index}.start`), span.start);
    pick(control(`hours.spans.${index}.end`), span.end);
  }
  await typeInto(control('hours.notes'), value.hours.notes);

  if (value.onlineUrl) await typeInto(control('onlineUrl'), value.onlineUrl);
  for (const [index, pair] of value.faq.entries()) {
    fireEvent.click(screen.getByText('＋ 添加问答'));
    await typeInto(control(`faq.${index}.question`), pair.question);
    await typeInto(control(`faq.${index}.answer`), pair.answer);
  }
  for (const id of value.documentIds) {
    await typeInto(byPlaceholder('或填写文件编号'), id);
    fireEvent.click(screen.getByText('关联'));
  }
}
