import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../ports/audit-log';
import { StaleWriteError } from '../../ports/stale-write';
import type { Invitation, StaffMember, StaffStore } from '../../ports/staff-store';
import { auditPut } from './audit-log';
import { invitationKey, STAFF_PK, staffKey } from './keys';

const toMember = ({ pk, sk, ...member }: Record<string, unknown>) =>
  member as unknown as StaffMember;

export class DynamoStaffStore implements StaffStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(userId: string): Promise<StaffMember | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: staffKey(userId) }),
    );
    return result.Item ? toMember(result.Item) : undefined;
  }

  async list(): Promise<StaffMember[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': STAFF_PK },
      }),
    );
    return (result.Items ?? []).map(toMember);
  }

  async createInvitation(invitation: Invitation, audit: AuditEntry): Promise<void> {
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...invitationKey(invitation.codeHash), ...invitation },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          auditPut(this.tableName, audit),
        ],
      }),
    );
  }

  async redeemInvitation(
    codeHash: string,
    member: Omit<StaffMember, 'displayName' | 'roles' | 'invitedBy'>,
    now: string,
    audit: (invitation: Invitation) => AuditEntry,
  ): Promise<StaffMember | 'invalid' | 'already-staff'> {
    const found = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: invitationKey(codeHash) }),
    );
    const invitation = found.Item as (Invitation & { usedBy?: string }) | undefined;
    if (!invitation || invitation.usedBy || invitation.expiresAt <= now) return 'invalid';
    const staffMember: StaffMember = {
      ...member,
      displayName: invitation.displayName,
      roles: invitation.roles,
      invitedBy: invitation.createdBy,
    };
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: invitationKey(codeHash),
                UpdateExpression: 'SET usedBy = :user, usedAt = :now',
                ConditionExpression: 'attribute_not_exists(usedBy) AND expiresAt > :now',
                ExpressionAttributeValues: { ':user': member.userId, ':now': now },
              },
            },
            {
              // A revoked member may come back with a new invitation; an active one may not.
              Put: {
                TableName: this.tableName,
                Item: { ...staffKey(member.userId), ...staffMember },
                ConditionExpression: 'attribute_not_exists(pk) OR #status = :revoked',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':revoked': 'revoked' },
              },
            },
            auditPut(this.tableName, audit(invitation)),
          ],
        }),
      );
      return staffMember;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [invitationCheck, staffCheck] = error.CancellationReasons ?? [];
      if (staffCheck?.Code === 'ConditionalCheckFailed') return 'already-staff';
      if (invitationCheck?.Code === 'ConditionalCheckFailed') return 'invalid';
      throw error;
    }
  }

  async update(before: StaffMember, after: StaffMember, audit: AuditEntry): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...staffKey(after.userId), ...after },
                // Optimistic: the member must be as it was read.
                ConditionExpression: '#status = :status AND #roles = :roles',
                ExpressionAttributeNames: { '#status': 'status', '#roles': 'roles' },
                ExpressionAttributeValues: { ':status': before.status, ':roles': before.roles },
              },
            },
            auditPut(this.tableName, audit),
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) throw new StaleWriteError();
      throw error;
    }
  }
}
