import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_KEYS, TABLES, type TableKey, type TableSpec } from '../functions/store/tables';

/**
 * Every DynamoDB table of the service, built from the one definition in functions/store/tables.ts (the same one
 * the local bootstrap creates DynamoDB Local tables from). Every key attribute is a string there too.
 */
export class ServiceTables extends Construct {
  readonly byKey: Record<TableKey, Table>;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const entries = TABLE_KEYS.map((key) => [key, this.build(TABLES[key])] as const);
    this.byKey = Object.fromEntries(entries) as Record<TableKey, Table>;
  }

  /** The table names, under the variable each function's config reads them from. */
  environment(): Record<string, string> {
    return Object.fromEntries(TABLE_KEYS.map((key) => [TABLES[key].envVar, this.byKey[key].tableName]));
  }

  private build(spec: TableSpec): Table {
    const table = new Table(this, spec.id, {
      partitionKey: { name: spec.partitionKey, type: AttributeType.STRING },
      ...(spec.sortKey ? { sortKey: { name: spec.sortKey, type: AttributeType.STRING } } : {}),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      ...(spec.ttlAttribute ? { timeToLiveAttribute: spec.ttlAttribute } : {}),
      ...(spec.stream ? { stream: StreamViewType.NEW_AND_OLD_IMAGES } : {}),
      // Deals, filings and subscriptions are data people trust: a stack deletion or a replacement keeps them.
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    for (const ix of spec.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: ix.name,
        partitionKey: { name: ix.partitionKey, type: AttributeType.STRING },
        sortKey: { name: ix.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
    return table;
  }
}
