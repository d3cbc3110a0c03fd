import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SchemaModel } from "@cardinal/core";

/** The snapshot of the schema the last migration leads to, beside the manifest in the output folder. */
export const snapshotName = ".cardinal-schema.json";

const nowhere = { file: "schema.prisma", range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };

/** Source locations say where text was, not what the schema means: the snapshot leaves them out. */
function withoutLocations(key: string, value: unknown): unknown {
  return key === "location" ? undefined : value;
}

/** Puts a placeholder location back wherever the model has one, so the snapshot reads as a full model. */
function withLocations(value: unknown, parentKey = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => withLocations(item, parentKey));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, withLocations(item, key)]);
  const record = Object.fromEntries(entries) as Record<string, unknown>;
  const located = ["models", "fields", "enums", "compositeTypes", "generators", "documentationLines"].includes(
    parentKey,
  );
  return located ? { ...record, location: nowhere } : record;
}

/** The snapshot's text: the model without source locations, as indented JSON (same model, same bytes). */
export function serializeSnapshot(model: SchemaModel): string {
  return `${JSON.stringify({ generatedBy: "cardinal", model }, withoutLocations, 2)}\n`;
}

/** The model of the snapshot in `outputRoot`, or undefined when there is none (or it cannot be read as one). */
export function readSnapshot(outputRoot: string): SchemaModel | undefined {
  const path = join(outputRoot, snapshotName);
  if (!lstatSync(path, { throwIfNoEntry: false })?.isFile()) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as { model?: unknown };
    return parsed.model && typeof parsed.model === "object" ? (withLocations(parsed.model) as SchemaModel) : undefined;
  } catch {
    return undefined;
  }
}

/** A schema with the same datasource and nothing in it: where the first migration starts. */
export function emptyLike(model: SchemaModel): SchemaModel {
  return { ...model, models: [], enums: [], compositeTypes: [], relations: [] };
}
