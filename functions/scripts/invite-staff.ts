// `npm run staff:invite -- --role admin [--role editor] [--name 张三] [--days 7] [--stage local]`
// Creates a one-time staff invitation and prints its code: how the first admin comes to be.
// Locally (stage "local", the default) it writes to the DynamoDB Local of `npm start`; for an AWS
// stage, run it with that account's credentials and AWS_REGION set.
import { parseArgs } from 'node:util';
import { InvitationInputSchema, validate } from '@sunshine/shared';
import { createDocumentClient } from '../src/adapters/dynamo/client';
import { DynamoStaffStore } from '../src/adapters/dynamo/staff-store';
import { ulidIds } from '../src/adapters/system/ulid-ids';
import { SYSTEM_ACTOR } from '../src/domain/identity/actor';
import { inviteStaff } from '../src/domain/staff/invite-staff';
import { systemClock } from '../src/ports/clock';

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: ['admin'] },
      name: { type: 'string', default: '管理员' },
      days: { type: 'string', default: '7' },
      stage: { type: 'string', default: 'local' },
    },
  });
  const input = validate(InvitationInputSchema, {
    displayName: values.name,
    roles: values.role!.flatMap((role) => role.split(',')),
    validDays: Number(values.days),
  });
  if (!input.ok)
    throw new Error(input.issues.map((issue) => `${issue.field}: ${issue.message}`).join('\n'));
  const local = values.stage === 'local';
  const endpoint =
    process.env.DYNAMODB_ENDPOINT ||
    (local ? `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}` : undefined);
  const table = process.env.TABLE_NAME || `sunshine-${values.stage}-main`;
  const client = createDocumentClient({ endpoint, region: process.env.AWS_REGION });
  const invitation = await inviteStaff(
    { clock: systemClock, ids: ulidIds(), staff: new DynamoStaffStore(client, table) },
    SYSTEM_ACTOR,
    input.value,
  );
  console.log(
    `Invitation for ${invitation.displayName} (${invitation.roles.join(', ')}), valid until ${invitation.expiresAt}:\n\n    ${invitation.code}\n\nSign in to the mini-program, open 工作人员入口 and enter this code.`,
  );
  client.destroy();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
