import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ControlPlaneConstruct } from './control-plane/control-plane-construct';
import type { ApiThrottle } from './control-plane/http-api';
import { WebhookDelivery } from './control-plane/webhook-delivery';
import type { DataConstruct } from './data/data-construct';

export interface StatelessStackProps extends StackProps {
  readonly stageName: string;
  readonly data: DataConstruct;
  readonly apiThrottle?: ApiThrottle;
  readonly apiReservedConcurrency?: number;
}

/**
 * Compute and edges: safe to delete and redeploy at any time. Holds the
 * control plane now; the SIP/RTP edge service and the portal's distribution
 * join as their own constructs.
 */
export class StatelessStack extends Stack {
  readonly controlPlane: ControlPlaneConstruct;
  readonly webhooks: WebhookDelivery;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    this.controlPlane = new ControlPlaneConstruct(this, 'ControlPlane', {
      stageName: props.stageName,
      table: props.data.table,
      bucketPrefix: props.data.bucketPrefix,
      throttle: props.apiThrottle,
      reservedConcurrentExecutions: props.apiReservedConcurrency,
    });
    this.webhooks = new WebhookDelivery(this, 'Webhooks', {
      stageName: props.stageName,
      table: props.data.table,
    });
    this.webhooks.allowEnqueue(this.controlPlane.api.function);
    new CfnOutput(this, 'ApiUrl', {
      description: 'Base URL of the public API',
      value: this.controlPlane.httpApi.stage.url,
    });
  }
}
