'use strict';

/**
 * One IAM role per function, with only what the function uses.
 *
 * Each function lists its grants (`grants: ['read', 'secrets']` in the route contract or the jobs'
 * table, from which serverless.yml's function blocks are generated), names of statement lists in
 * `custom.grants`. This plugin gives each function a role of its own holding
 * those statements and writing to its own log group, and points the function at it; no shared
 * role is left. It runs at `initialize`, once the configuration is resolved, so the framework
 * compiles the roles like any resource (and serverless-offline, which ignores roles, is unaffected).
 */
class LeastPrivilege {
  constructor(serverless) {
    this.serverless = serverless;
    serverless.configSchemaHandler.defineFunctionProperties('aws', {
      properties: { grants: { type: 'array', items: { type: 'string' } } },
      required: ['grants'],
    });
    this.hooks = { initialize: () => this.giveEachFunctionItsRole() };
  }

  giveEachFunctionItsRole() {
    const service = this.serverless.service;
    const naming = this.serverless.getProvider('aws').naming;
    const grants = service.custom.grants;
    service.resources = service.resources ?? {};
    service.resources.Resources = service.resources.Resources ?? {};
    for (const key of service.getAllFunctions()) {
      const fn = service.getFunction(key);
      const unknown = fn.grants.filter((grant) => !grants[grant]);
      if (unknown.length)
        throw new this.serverless.classes.Error(
          `Function ${key} lists unknown grants: ${unknown.join(', ')} (see custom.grants)`,
        );
      const roleId = `${naming.getNormalizedFunctionName(key)}IamRole`;
      service.resources.Resources[roleId] = role(
        fn.name,
        fn.grants.flatMap((grant) => grants[grant]),
      );
      fn.role = roleId;
    }
  }
}

function role(functionName, statements) {
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
          PolicyName: functionName,
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              // Its own log group only (created by the framework with the stage's retention).
              {
                Effect: 'Allow',
                Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                Resource: {
                  'Fn::Sub': `arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws/lambda/${functionName}:*`,
                },
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
