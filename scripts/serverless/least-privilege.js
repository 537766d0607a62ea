'use strict';

/**
 * One IAM role per set of grants, with only what its functions use.
 *
 * Each function lists its grants (`grants: ['read', 'secrets']` in the route contract or the jobs'
 * table, from which serverless.yml's function blocks are generated), names of statement lists in
 * `custom.grants`. This plugin gives the functions that list the same grants one role holding
 * those statements and writing to their own log groups, and points each function at it; no shared
 * execution role is left. Least privilege is the grant set: two functions that may do exactly the
 * same things need not two roles saying so. One role per function took the stack to 505
 * resources with 82 functions (CloudFormation allows 500); 82 functions list 14 distinct sets.
 * It runs at `initialize`, once the configuration is resolved, so the framework compiles the roles
 * like any resource (and serverless-offline, which ignores roles, is unaffected).
 */
class LeastPrivilege {
  constructor(serverless) {
    this.serverless = serverless;
    serverless.configSchemaHandler.defineFunctionProperties('aws', {
      properties: { grants: { type: 'array', items: { type: 'string' } } },
      required: ['grants'],
    });
    this.hooks = { initialize: () => this.giveEachGrantSetItsRole() };
  }

  giveEachGrantSetItsRole() {
    const service = this.serverless.service;
    const grants = service.custom.grants;
    service.resources = service.resources ?? {};
    service.resources.Resources = service.resources.Resources ?? {};
    const functionsBySet = new Map();
    for (const key of service.getAllFunctions()) {
      const fn = service.getFunction(key);
      const unknown = fn.grants.filter((grant) => !grants[grant]);
      if (unknown.length)
        throw new this.serverless.classes.Error(
          `Function ${key} lists unknown grants: ${unknown.join(', ')} (see custom.grants)`,
        );
      const set = [...new Set(fn.grants)].sort();
      const roleId = roleIdOf(set);
      if (!functionsBySet.has(roleId)) functionsBySet.set(roleId, { set, names: [] });
      functionsBySet.get(roleId).names.push(fn.name);
      fn.role = roleId;
    }
    for (const [roleId, { set, names }] of functionsBySet)
      service.resources.Resources[roleId] = role(
        roleId,
        names.sort(),
        set.flatMap((grant) => grants[grant]),
      );
  }
}

/** `LambdaRoleReadWrite` for ['read', 'write']; `LambdaRoleLogsOnly` for a function with none. */
function roleIdOf(set) {
  const words = set.map((grant) => grant.replace(/[^A-Za-z0-9]/g, ''));
  const name = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return `LambdaRole${name || 'LogsOnly'}`;
}

function role(roleId, functionNames, statements) {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: ['lambda.amazonaws.com'] },
            Action: ['sts:AssumeRole'],
          },
        ],
      },
      Policies: [
        {
          PolicyName: roleId,
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              // Its functions' own log groups only (created by the framework with the stage's retention).
              {
                Effect: 'Allow',
                Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                Resource: functionNames.map((functionName) => ({
                  'Fn::Sub': `arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws/lambda/${functionName}:*`,
                })),
              },
              ...statements,
            ],
          },
        },
      ],
    },
  };
}

module.exports = LeastPrivilege;
