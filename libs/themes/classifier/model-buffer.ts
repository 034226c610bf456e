import { createHash } from 'node:crypto';
import { unseenIdf } from './inverse-document-frequency';
import { LinearHead } from './linear-head';
import type { LinearModelData } from './linear-model';

/**
 * Binary form of a LinearThemeModel: "FLTM", format number, a JSON header with
 * the labels and feature settings, then each head as the list of buckets it
 * uses and their Float32 rows. Most of the 2^18 buckets stay zero in a head
 * (the theme head only sees themed examples), so the file holds only used rows,
 * as the in-memory LinearHead does.
 * The version is a digest of these bytes: the same weights give the same version.
 */

const MAGIC = 'FLTM';
const FORMAT = 1;

interface Header {
  features: LinearModelData['features'];
  departments: string[];
  themes: string[];
  themeDepartments: Record<string, string>;
  praiseThemes: string[];
  themeThresholds: number[];
  departmentBias: number[];
  themeBias: number[];
  /** IDF of every bucket not listed in the IDF section. */
  unseenIdf: number | null;
}

export function encodeModel(data: LinearModelData): { buffer: Buffer; version: string } {
  const header: Header = {
    features: data.features,
    departments: data.departments,
    themes: data.themes,
    themeDepartments: data.themeDepartments,
    praiseThemes: data.praiseThemes,
    themeThresholds: Array.from(data.themeThresholds),
    departmentBias: Array.from(data.departmentHead.bias),
    themeBias: Array.from(data.themeHead.bias),
    unseenIdf: data.idf ? unseenIdf(data.idf) : null,
  };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  // Pads the header so the arrays after it start on a 4-byte boundary.
  json = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
  const prefix = Buffer.alloc(12);
  prefix.write(MAGIC, 0, 'ascii');
  prefix.writeUInt32LE(FORMAT, 4);
  prefix.writeUInt32LE(json.length, 8);
  const buffer = Buffer.concat([
    prefix,
    json,
    encodeRows(data.departmentHead),
    encodeRows(data.themeHead),
    encodeIdf(data.idf, header.unseenIdf),
  ]);
  return { buffer, version: versionOf(buffer) };
}

export function decodeModel(buffer: Buffer): { data: LinearModelData; version: string } {
  if (buffer.toString('ascii', 0, 4) !== MAGIC) throw new Error('not a Feedloop theme model');
  const format = buffer.readUInt32LE(4);
  if (format !== FORMAT) throw new Error(`theme model format ${format} is not supported (expected ${FORMAT})`);
  const jsonLength = buffer.readUInt32LE(8);
  const header = JSON.parse(buffer.toString('utf8', 12, 12 + jsonLength)) as Header;
  const buckets = 1 << header.features.bucketBits;
  let offset = 12 + jsonLength;
  const departmentRows = decodeRows(buffer, offset, header.departments.length);
  offset = departmentRows.end;
  const themeRows = decodeRows(buffer, offset, header.themes.length);
  const idfRows = header.unseenIdf === null ? null : decodeRows(buffer, themeRows.end, 1);
  return {
    version: versionOf(buffer),
    data: {
      features: header.features,
      idf: idfRows && denseIdf(idfRows, buckets, header.unseenIdf!),
      departments: header.departments,
      themes: header.themes,
      themeDepartments: header.themeDepartments,
      praiseThemes: header.praiseThemes,
      themeThresholds: Float32Array.from(header.themeThresholds),
      departmentHead: new LinearHead(buckets, departmentRows.buckets, departmentRows.weights, Float32Array.from(header.departmentBias)),
      themeHead: new LinearHead(buckets, themeRows.buckets, themeRows.weights, Float32Array.from(header.themeBias)),
    },
  };
}

function versionOf(buffer: Buffer): string {
  return `linear-${createHash('sha256').update(buffer).digest('hex').slice(0, 12)}`;
}

function encodeRows(head: LinearHead): Buffer {
  const count = Buffer.alloc(4);
  count.writeUInt32LE(head.usedBuckets.length, 0);
  return Buffer.concat([count, bytesOf(head.usedBuckets), bytesOf(head.weights)]);
}

/** The buckets whose IDF differs from the unseen one, in the same rows layout as a one-wide head. */
function encodeIdf(idf: Float32Array | null, unseen: number | null): Buffer {
  if (!idf || unseen === null) return Buffer.alloc(0);
  const buckets: number[] = [];
  for (let b = 0; b < idf.length; b++) if (idf[b] !== unseen) buckets.push(b);
  const count = Buffer.alloc(4);
  count.writeUInt32LE(buckets.length, 0);
  return Buffer.concat([count, bytesOf(Uint32Array.from(buckets)), bytesOf(Float32Array.from(buckets, (b) => idf[b]))]);
}

function denseIdf(rows: { buckets: Uint32Array; weights: Float32Array }, bucketCount: number, unseen: number): Float32Array {
  const idf = new Float32Array(bucketCount).fill(unseen);
  rows.buckets.forEach((b, i) => (idf[b] = rows.weights[i]));
  return idf;
}

function bytesOf(a: Uint32Array | Float32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function decodeRows(buffer: Buffer, offset: number, width: number): { buckets: Uint32Array; weights: Float32Array; end: number } {
  const count = buffer.readUInt32LE(offset);
  let at = offset + 4;
  // Copies out of the Buffer: a Buffer's byteOffset in its pool need not be 4-aligned.
  const buckets = new Uint32Array(new Uint8Array(buffer.subarray(at, at + count * 4)).buffer);
  at += count * 4;
  const weights = new Float32Array(new Uint8Array(buffer.subarray(at, at + count * width * 4)).buffer);
  at += count * width * 4;
  return { buckets, weights, end: at };
}
