import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CloudFormation's JSON, read by the paths the assertions name
type CloudFormationJson = Record<string, any>;

/**
 * `serverless package` for production in AWS China (cn-northwest-1) and in a global region
 * succeeds offline, and the CloudFormation it generates holds what production needs.
 */
const ROOT = join(__dirname, '..', '..', '..');
type Template = {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
};
type Statement = { Action: string | string[]; Resource: unknown; Condition?: unknown };

/**
 * The zips of the first region packaged in this file: bundling is the same for every region (the
 * region is in the template, not in the code), and most of a package's time (78 functions, ~45 s
 * of 2 cores), so the second region packages these (serverless-esbuild's skipBuild) instead of
 * bundling the same sources again.
 */
let bundledZips: string | undefined;

function packageFor(region: string): { template: Template; text: string } {
  const out = mkdtempSync(join(tmpdir(), `sunshine-package-${region}-`));
  const reused = bundledZips;
  if (reused)
    for (const zip of readdirSync(reused).filter((file) => file.endsWith('.zip')))
      copyFileSync(join(reused, zip), join(out, zip));
  // Nothing of the developer's environment: no secrets, no local URLs, no AWS credentials.
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // Its own work folder, which packaging deletes at the end: not .esbuild, which a local stack
    // running beside the tests (npm start) loads its functions from.
    ESBUILD_WORK_FOLDER: '.esbuild-package',
    ...(reused && { ESBUILD_SKIP_BUILD: 'true' }),
  };
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'serverless'),
    ['package', '--stage', 'prod', '--region', region, '--package', out],
    { cwd: ROOT, env, stdio: 'pipe', timeout: 300_000 },
  );
  const text = readFileSync(join(out, 'cloudformation-template-update-stack.json'), 'utf8');
  bundledZips ??= out;
  return { template: JSON.parse(text) as Template, text };
}

const ofType = (template: Template, type: string) =>
  Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);

describe.each(['cn-northwest-1', 'ap-southeast-1'])('the prod package for %s', (region) => {
  let template: Template;
  let text: string;
  beforeAll(() => ({ template, text } = packageFor(region)), 300_000);

  test('names no partition literally (arn:aws: would not exist in aws-cn)', () => {
    expect(text).not.toContain('arn:aws:');
    expect(text).not.toContain('arn:aws-cn:');
  });

  test('the table has point-in-time recovery and deletion protection', () => {
    const [[, table]] = ofType(template, 'AWS::DynamoDB::Table') as unknown as [
      [string, { Properties: Record<string, unknown> }],
    ];
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
  });

  test('every function has a log group with a retention; no secret in any function configuration', () => {
    const functions = ofType(template, 'AWS::Lambda::Function');
    const logGroups = ofType(template, 'AWS::Logs::LogGroup');
    expect(logGroups).toHaveLength(functions.length);
    expect(logGroups.every(([, group]) => group.Properties?.RetentionInDays === 180)).toBe(true);
    for (const [, fn] of functions) {
      const variables = (fn.Properties?.Environment as { Variables: Record<string, unknown> })
        .Variables;
      expect([
        variables.SESSION_SECRET,
        variables.ADDRESS_SECRET,
        variables.WECHAT_SECRET,
        variables.WECHAT_APPID,
      ]).toEqual(['', '', '', '']);
      expect(variables.SECRETS_SSM_PREFIX).toBe('/sunshine/prod');
    }
  });

  test('the worker reads its two lanes with partial batch failures; a dead-letter queue and alarms watch it', () => {
    const mappings = ofType(template, 'AWS::Lambda::EventSourceMapping').map(
      ([, mapping]) => mapping.Properties!,
    );
    expect(mappings).toHaveLength(2);
    expect(
      mappings.every(
        (mapping) =>
          (mapping.FunctionResponseTypes as string[]).includes('ReportBatchItemFailures') &&
          // Batches of 50 (claimed and settled in one write each); above 10 SQS needs a window.
          mapping.BatchSize === 50 &&
          mapping.MaximumBatchingWindowInSeconds === 1,
      ),
    ).toBe(true);
    const queues = ofType(template, 'AWS::SQS::Queue');
    expect(queues.filter(([, queue]) => queue.Properties?.RedrivePolicy)).toHaveLength(2);
    expect(
      ofType(template, 'AWS::CloudWatch::Alarm')
        .map(([name]) => name)
        .sort(),
    ).toEqual(['ErasePersonalDataErrorsAlarm', 'NotifyDeadLetterAlarm', 'NotifyWorkerErrorsAlarm']);
    const worker = ofType(template, 'AWS::Lambda::Function').find(
      ([name]) => name === 'DispatchReleasesLambdaFunction',
    )![1];
    const variables = (worker.Properties?.Environment as { Variables: Record<string, unknown> })
      .Variables;
    expect(variables.NOTIFY_QUEUE_URGENT_URL).toEqual({ Ref: 'NotifyUrgentQueue' });
  });

  test('the daily erasure has a timeout of its own and an alarm on its errors', () => {
    const erasure = template.Resources.ErasePersonalDataLambdaFunction!.Properties!;
    expect(erasure.Timeout).toBe(300);
    const alarm = template.Resources.ErasePersonalDataErrorsAlarm!.Properties!;
    expect(alarm).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Threshold: 0,
      AlarmActions: [{ Ref: 'OperationsAlarmTopic' }],
    });
    expect(alarm.Dimensions).toEqual([
      { Name: 'FunctionName', Value: { Ref: 'ErasePersonalDataLambdaFunction' } },
    ]);
  });

  const statementsOf = (role: { Properties?: Record<string, unknown> }) =>
    (
      (role.Properties?.Policies ?? []) as Array<{ PolicyDocument: { Statement: Statement[] } }>
    ).flatMap((policy) => policy.PolicyDocument.Statement);
  const actionsOf = (roleId: string) =>
    statementsOf(template.Resources[roleId]!).flatMap((statement) =>
      ([] as string[]).concat(statement.Action),
    );
  const roleOf = (functionId: string) =>
    (template.Resources[functionId]!.Properties!.Role as { 'Fn::GetAtt': [string, string] })[
      'Fn::GetAtt'
    ][0];

  test('no IAM action is a wildcard; Resource "*" only where AWS names nothing narrower (KMS via SSM), with a condition', () => {
    for (const [, role] of ofType(template, 'AWS::IAM::Role')) {
      for (const statement of statementsOf(role)) {
        const actions = ([] as string[]).concat(statement.Action);
        expect(actions.filter((action) => action.endsWith(':*') || action === '*')).toEqual([]);
        if (
          statement.Resource === '*' ||
          (Array.isArray(statement.Resource) && statement.Resource.includes('*'))
        ) {
          expect(actions).toEqual(['kms:Decrypt']);
          expect(statement.Condition).toBeDefined();
        }
      }
    }
  });

  test("functions share a role only with those of the same grants, each role writing only its functions' log groups", () => {
    const functions = ofType(template, 'AWS::Lambda::Function');
    const grantsOf = (id: string) =>
      JSON.stringify(statementsOf(template.Resources[roleOf(id)]!).slice(1));
    const functionsByRole = new Map<string, string[]>();
    for (const [id] of functions)
      functionsByRole.set(roleOf(id), [...(functionsByRole.get(roleOf(id)) ?? []), id]);
    // No two roles hold the same statements: one role per distinct grant set.
    const sets = [...functionsByRole.values()].map(([first]) => grantsOf(first!));
    expect(new Set(sets).size).toBe(functionsByRole.size);
    expect(template.Resources.IamRoleLambdaExecution).toBeUndefined();
    for (const [roleId, ids] of functionsByRole) {
      const [logs] = statementsOf(template.Resources[roleId]!) as [Statement];
      expect(logs.Action).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
      const groups = JSON.stringify(logs.Resource).match(/log-group:\/aws\/lambda\/[^:]+:\*/g);
      expect(groups?.sort()).toEqual(
        ids
          .map(
            (id) =>
              `log-group:/aws/lambda/${template.Resources[id]!.Properties!.FunctionName as string}:*`,
          )
          .sort(),
      );
    }
  });

  test('public reads may only read the table: no write, no secret, no queue, no bucket', () => {
    for (const id of [
      'ListContentLambdaFunction',
      'GetContentLambdaFunction',
      'ReleasesFeedLambdaFunction',
      'HealthLambdaFunction',
    ]) {
      expect(actionsOf(roleOf(id)).sort()).toEqual([
        'dynamodb:BatchGetItem',
        'dynamodb:GetItem',
        'dynamodb:Query',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
      ]);
    }
  });

  test('only the functions that need them may send to the queues, receive from them, touch the bucket or read secrets', () => {
    const holders = (action: string) =>
      ofType(template, 'AWS::Lambda::Function')
        .filter(([id]) => actionsOf(roleOf(id)).includes(action))
        .map(([id]) => id.replace(/LambdaFunction$/, ''))
        .sort();
    expect(holders('sqs:SendMessage')).toEqual(['DispatchReleases', 'RetryRelease']);
    expect(holders('sqs:ReceiveMessage')).toEqual(['DeliverNotifications']);
    expect(holders('s3:PutObject')).toEqual([
      'ConfirmMediaUpload',
      'ContinueGuideImport',
      'CreateImportUpload',
      'CreateMediaUpload',
      'ExportAudit',
      'ExportConsultationComments',
      'ExportGuides',
      'GetGuideImport',
      'ServiceLevelsStaff',
      'StartGuideImport',
      'WriteSearchSnapshot',
    ]);
    expect(holders('cloudfront:CreateInvalidation')).toEqual([
      'AddTopic',
      'ConcernsStaff',
      'PublishConsultationReport',
      'PublishDue',
      'PublishItem',
      'RecordNegativeListReview',
      'SaveBureau',
      'WithdrawItem',
    ]);
    expect(holders('ssm:GetParameters')).not.toContain('ListContent');
    expect(holders('dynamodb:PutItem')).not.toContain('Me');
  });

  test('the function that signs upload forms may put only under uploads/, never where residents load files from; uploads expire after a day', () => {
    const statements = statementsOf(
      template.Resources[roleOf('CreateMediaUploadLambdaFunction')]!,
    ).filter((statement) =>
      ([] as string[]).concat(statement.Action).some((action) => action.startsWith('s3:')),
    );
    expect(statements.map((statement) => statement.Action)).toEqual([['s3:PutObject']]);
    expect(JSON.stringify(statements[0]!.Resource)).toContain('/uploads/*');
    const bucket = template.Resources.MediaBucket!.Properties!;
    expect((bucket.LifecycleConfiguration as { Rules: unknown[] }).Rules).toContainEqual({
      Id: 'ExpireUploads',
      Status: 'Enabled',
      Prefix: 'uploads/',
      ExpirationInDays: 1,
    });
  });

  test('search reads the table and only GETs its snapshots under search-index/ (private); only the snapshot writer puts them', () => {
    const s3Statements = (id: string) =>
      statementsOf(template.Resources[roleOf(`${id}LambdaFunction`)]!).filter((statement) =>
        ([] as string[]).concat(statement.Action).some((action) => action.startsWith('s3:')),
      );
    // The `read` grant (BatchGetItem for the notification worker's batch reads, issue 19).
    expect(actionsOf(roleOf('SearchLambdaFunction')).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      's3:GetObject',
    ]);
    const read = s3Statements('Search');
    expect(read.map((statement) => statement.Action)).toEqual([['s3:GetObject']]);
    expect(JSON.stringify(read[0]!.Resource)).toContain('/search-index/*');
    const written = s3Statements('WriteSearchSnapshot');
    expect(written.map((statement) => statement.Action)).toEqual([
      ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
    ]);
    expect(JSON.stringify(written[0]!.Resource)).toContain('/search-index/*');
    const policy = JSON.stringify(template.Resources.MediaBucketPolicy!.Properties);
    expect(policy).not.toContain('search-index/');
  });

  test('exports may put and read only under exports/ (private), and are gone after a day', () => {
    for (const id of [
      'ExportAudit',
      'ExportGuides',
      'ExportConsultationComments',
      'ServiceLevelsStaff',
    ]) {
      const statements = statementsOf(template.Resources[roleOf(`${id}LambdaFunction`)]!).filter(
        (statement) =>
          ([] as string[]).concat(statement.Action).some((action) => action.startsWith('s3:')),
      );
      expect(statements.map((statement) => statement.Action)).toEqual([
        ['s3:PutObject', 's3:GetObject'],
      ]);
      expect(JSON.stringify(statements[0]!.Resource)).toContain('/exports/*');
    }
    const bucket = template.Resources.MediaBucket!.Properties!;
    expect((bucket.LifecycleConfiguration as { Rules: unknown[] }).Rules).toContainEqual({
      Id: 'ExpireExports',
      Status: 'Enabled',
      Prefix: 'exports/',
      ExpirationInDays: 1,
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
    });
    const policy = JSON.stringify(template.Resources.MediaBucketPolicy!.Properties);
    expect(policy).not.toContain('exports/');
  });

  test('a CDN fronts the API: public reads cached as the functions say, signed-in and cross-origin answers never shared', () => {
    const [[, distribution]] = ofType(template, 'AWS::CloudFront::Distribution') as unknown as [
      [string, { Properties: { DistributionConfig: CloudFormationJson } }],
    ];
    const config = distribution.Properties.DistributionConfig;
    expect(config.Origins[0].DomainName).toEqual({
      'Fn::Sub': '${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}',
    });
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      CachedMethods: ['GET', 'HEAD'],
      CachePolicyId: { Ref: 'ApiCachePolicy' },
    });
    // AWS China serves only on the bureau's filed domain.
    expect(config.Aliases).toEqual({
      'Fn::If': ['CdnCustomDomain', ['api.sunshine.example.cn'], { Ref: 'AWS::NoValue' }],
    });
    const policy = template.Resources.ApiCachePolicy!.Properties!
      .CachePolicyConfig as CloudFormationJson;
    expect([policy.MinTTL, policy.DefaultTTL]).toEqual([0, 0]);
    expect(policy.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig.Headers).toEqual([
      'Authorization',
      'Origin',
    ]);
    const forwarded = (
      template.Resources.ApiOriginRequestPolicy!.Properties!
        .OriginRequestPolicyConfig as CloudFormationJson
    ).HeadersConfig.Headers;
    expect(forwarded).toContain('CloudFront-Viewer-Address');
    // CloudFront's errors pass straight through (it would keep them 10 s, whatever they say).
    expect(
      config.CustomErrorResponses.map(
        (response: { ErrorCode: number; ErrorCachingMinTTL: number }) =>
          response.ErrorCachingMinTTL,
      ),
    ).toEqual(Array(11).fill(0));
    // The functions believe the viewer's address only with the mark CloudFront adds; only the invalidating ones know the distribution.
    const variables = (id: string) =>
      (template.Resources[id]!.Properties!.Environment as { Variables: Record<string, unknown> })
        .Variables;
    expect(config.Origins[0].OriginCustomHeaders).toEqual([
      {
        HeaderName: 'X-Sunshine-Origin',
        HeaderValue: variables('AskQuestionLambdaFunction').CDN_ORIGIN_MARK,
      },
    ]);
    expect(JSON.stringify(variables('AskQuestionLambdaFunction').CDN_ORIGIN_MARK)).toContain(
      'AWS::StackId',
    );
    expect(variables('PublishItemLambdaFunction').CDN_DISTRIBUTION_ID).toEqual({
      Ref: 'ApiDistribution',
    });
    expect(variables('ListContentLambdaFunction').CDN_DISTRIBUTION_ID).toBeUndefined();
  });

  test("the stack stays under CloudFormation's 500 resources", () => {
    expect(Object.keys(template.Resources).length).toBeLessThan(500);
  });

  test('the API allows browsers only from the configured origins', () => {
    const [[, api]] = ofType(template, 'AWS::ApiGatewayV2::Api') as unknown as [
      [string, { Properties: { CorsConfiguration: { AllowOrigins: string[] } } }],
    ];
    expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual(['https://sunshine.example.cn']);
  });

  test('the API stage throttles every route (rate and burst) as a shared backstop against floods: sign-in and resident submissions at least 50 a second (burst 100), none above the default', () => {
    const [[, stage]] = ofType(template, 'AWS::ApiGatewayV2::Stage') as unknown as [
      [
        string,
        {
          DependsOn?: string[];
          Properties: { DefaultRouteSettings?: Limits; RouteSettings?: Record<string, Limits> };
        },
      ],
    ];
    const { DefaultRouteSettings: fallback, RouteSettings: routes = {} } = stage.Properties;
    // The stage is created after every route it names (else: "Unable to find Route by key").
    const routeIds = Object.fromEntries(
      ofType(template, 'AWS::ApiGatewayV2::Route').map(([id, route]) => [
        route.Properties!.RouteKey as string,
        id,
      ]),
    );
    expect(stage.DependsOn ?? []).toEqual(
      expect.arrayContaining(Object.keys(routes).map((key) => routeIds[key])),
    );
    expect(fallback).toEqual({
      ThrottlingRateLimit: expect.any(Number),
      ThrottlingBurstLimit: expect.any(Number),
    });
    for (const route of [
      'POST /v1/auth/login',
      'POST /v1/questions',
      'POST /v1/content/{id}/comments',
      'POST /v1/applications',
      'POST /v1/me/applications/{id}/correction',
    ]) {
      expect(routes[route]).toEqual({
        ThrottlingRateLimit: expect.any(Number),
        ThrottlingBurstLimit: expect.any(Number),
      });
      // Shared by every resident: one script at a lower level would close the route for all of them.
      expect(routes[route]!.ThrottlingRateLimit).toBeGreaterThanOrEqual(50);
      expect(routes[route]!.ThrottlingBurstLimit).toBeGreaterThanOrEqual(100);
      expect(routes[route]!.ThrottlingRateLimit).toBeLessThanOrEqual(fallback!.ThrottlingRateLimit);
      expect(routes[route]!.ThrottlingBurstLimit).toBeLessThanOrEqual(
        fallback!.ThrottlingBurstLimit,
      );
    }
  });
});

type Limits = { ThrottlingRateLimit: number; ThrottlingBurstLimit: number };
