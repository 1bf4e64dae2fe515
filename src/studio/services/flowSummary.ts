/** A flow's summary as the API gives it (docs/server-api.md). */
import type { FlowSummaryRecord } from '../storage';

export interface FlowSummary {
  readonly id: string;
  readonly name: string;
  readonly revision: number;
  readonly updatedAt: number;
  readonly updatedBy: { readonly id: string; readonly name: string };
  readonly deletedAt?: number;
}

export function flowSummary(record: FlowSummaryRecord): FlowSummary {
  return {
    id: record.id,
    name: record.name,
    revision: record.revision,
    updatedAt: record.updatedAt,
    updatedBy: { id: record.updatedById, name: record.updatedByName },
    ...(record.deletedAt === null ? {} : { deletedAt: record.deletedAt }),
  };
}
