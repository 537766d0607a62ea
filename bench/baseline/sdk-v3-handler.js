// The second baseline: the least a read handler on AWS SDK v3 can be, the same query as the
// public list (one Query of the published feed) and nothing else: no validation, no envelope
// helpers, no logger. A public read function's cold start is held to 1.2 times this one's.
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, QueryCommand } = require('@aws-sdk/lib-dynamodb');

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

exports.handler = async (event) => {
  const result = await client.send(
    new QueryCommand({
      TableName: process.env.TABLE_NAME,
      IndexName: 'publishedFeed',
      KeyConditionExpression: 'feedPk = :pk',
      ExpressionAttributeValues: { ':pk': 'INTERP' },
      ScanIndexForward: false,
      Limit: Number(event.queryStringParameters?.limit ?? 10),
    }),
  );
  return { statusCode: 200, body: JSON.stringify({ ok: true, data: { items: result.Items } }) };
};
