import { InterpretationSchema, validate } from '@sunshine/shared';
import type { InterpretationStore } from '../ports/interpretation-store';
import { DEMO_INTERPRETATIONS } from './demo-interpretations';

/** Write the demo interpretations that are not there yet; refuse any that breaks the schema. */
export async function seedDemoContent(store: InterpretationStore, items = DEMO_INTERPRETATIONS) {
  let written = 0;
  for (const item of items) {
    const checked = validate(InterpretationSchema, item);
    if (!checked.ok) throw new Error(`demo item ${item.id} is invalid: ${JSON.stringify(checked.issues)}`);
    if ((await store.putPublished(checked.value, { onlyIfNew: true })) === 'written') written++;
  }
  return { written, existing: items.length - written };
}
