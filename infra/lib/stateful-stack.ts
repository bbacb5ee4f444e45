import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { DataConstruct } from './data/data-construct';

export interface StatefulStackProps extends StackProps {
  readonly stageName: string;
  readonly contributorInsights?: boolean;
}

/**
 * Resources that hold data. Kept apart from the stateless stack so that code
 * deploys, rollbacks and even deleting the stateless stack never touch them.
 */
export class StatefulStack extends Stack {
  readonly data: DataConstruct;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.data = new DataConstruct(this, 'Data', {
      stageName: props.stageName,
      contributorInsights: props.contributorInsights ?? false,
    });
  }
}
