import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readDeploySettings } from './settings';
import { ComputeContractAlertsStack } from './stack';

// No `env`: the stack is environment-agnostic, so `cdk synth` needs no AWS account or credentials.
const app = new App();
const settings = readDeploySettings((key) => app.node.tryGetContext(key));
new ComputeContractAlertsStack(app, 'ComputeContractAlerts', { settings });
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
app.synth();
