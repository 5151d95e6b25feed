/** Checks a run folder against its schema and its own promises (files named, no tokens). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { AuditFile, RunRecord } from '#load';

const schema = JSON.parse(
  readFileSync(new URL('../../run-folder.schema.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
/** `run-folder.schema.json`, compiled; its `errors` say why a document failed. */
export const validateRunRecord = ajv.compile(schema);
/** Its `$defs/auditFile`: `audit.json`. */
export const validateAuditFile = ajv.getSchema(
  `${(schema as { $id: string }).$id}#/$defs/auditFile`,
) as typeof validateRunRecord;

/** A run folder's `audit.json`, checked against its schema. */
export function readAuditFile(folder: string): AuditFile {
  const audit = JSON.parse(readFileSync(join(folder, 'audit.json'), 'utf8')) as unknown;
  if (!validateAuditFile(audit)) {
    throw new Error(
      `audit.json does not match its schema: ${JSON.stringify(validateAuditFile.errors)}`,
    );
  }
  return audit as AuditFile;
}

export function readRunFolder(folder: string): RunRecord {
  const record = JSON.parse(readFileSync(join(folder, 'run.json'), 'utf8')) as unknown;
  if (!validateRunRecord(record)) {
    throw new Error(
      `run.json does not match its schema: ${JSON.stringify(validateRunRecord.errors)}`,
    );
  }
  return record as RunRecord;
}

/** Every file of the folder, with its text. */
export function folderFiles(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(folder.length + 1), readFileSync(path, 'utf8')];
      }),
  );
}
