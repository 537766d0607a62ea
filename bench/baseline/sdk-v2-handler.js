// The baseline: the same kind of read handler written with AWS SDK v2's DocumentClient, the
// library the project could have picked (past end of support). Bundled like our functions.
const DynamoDB = require('aws-sdk/clients/dynamodb');

const client = new DynamoDB.DocumentClient();

exports.handler = async (event) => {
  const result = await client
    .query({
      TableName: process.env.TABLE_NAME,
      IndexName: 'publishedFeed',
      KeyConditionExpression: 'feedPk = :pk',
      ExpressionAttributeValues: { ':pk': 'INTERP' },
      ScanIndexForward: false,
      Limit: Number(event.queryStringParameters?.limit ?? 10),
    })
    .promise();
  return { statusCode: 200, body: JSON.stringify({ ok: true, data: { items: result.Items } }) };
};
