import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { WorkingCalendarView } from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import type { CalendarStore } from '../../ports/calendar-store';
import { auditPut } from './audit-log';
import { calendarKey } from './keys';
import { cancellationReasons } from './cancellation';

export class DynamoCalendarStore implements CalendarStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(year: number): Promise<WorkingCalendarView | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: calendarKey(year) }),
    );
    if (!result.Item) return undefined;
    const { pk, sk, ...calendar } = result.Item;
    return calendar as WorkingCalendarView;
  }

  async put(
    calendar: WorkingCalendarView,
    audit: AuditEntry | undefined,
    { onlyIfNew = false } = {},
  ): Promise<'written' | 'exists'> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...calendar, ...calendarKey(calendar.year) },
                ConditionExpression: onlyIfNew ? 'attribute_not_exists(pk)' : undefined,
              },
            },
            ...(audit ? [auditPut(this.tableName, audit)] : []),
          ],
        }),
      );
      return 'written';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (onlyIfNew && reasons[0]?.Code === 'ConditionalCheckFailed') return 'exists';
      throw error;
    }
  }
}
