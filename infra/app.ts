import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ConfigError } from '../functions/config';
import { readDeploySettings } from './settings';
import { ComputeContractAlertsStack } from './stack';

// No `env`: the stack is environment-agnostic, so `cdk synth` needs no AWS account or credentials.
const app = new App();
try {
  const settings = readDeploySettings((key) => app.node.tryGetContext(key));
  new ComputeContractAlertsStack(app, 'ComputeContractAlerts', { settings });
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  app.synth();
} catch (err) {
  // A refused setting is one line for the person running cdk, not a stack trace.
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 1;
}
