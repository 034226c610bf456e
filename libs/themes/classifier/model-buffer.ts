import { createHash } from 'node:crypto';
import type { LinearModelData } from './linear-model';

/**
 * Binary form of a LinearThemeModel: "FLTM", format number, a JSON header with
 * the labels and feature settings, then each head as the list of buckets it
 * uses and their Float32 rows. Most of the 2^18 buckets stay zero in a head
 * (the theme head only sees themed examples), so the file holds only used rows.
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
}

export function encodeModel(data: LinearModelData): { buffer: Buffer; version: string } {
  const header: Header = {
    features: data.features,
    departments: data.departments,
    themes: data.themes,
    themeDepartments: data.themeDepartments,
    praiseThemes: data.praiseThemes,
    themeThresholds: Array.from(data.themeThresholds),
    departmentBias: Array.from(data.departmentBias),
    themeBias: Array.from(data.themeBias),
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
    encodeRows(data.departmentWeights, data.departments.length),
    encodeRows(data.themeWeights, data.themes.length),
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
  const departmentHead = decodeRows(buffer, offset, buckets, header.departments.length);
  offset = departmentHead.end;
  const themeHead = decodeRows(buffer, offset, buckets, header.themes.length);
  return {
    version: versionOf(buffer),
    data: {
      features: header.features,
      departments: header.departments,
      themes: header.themes,
      themeDepartments: header.themeDepartments,
      praiseThemes: header.praiseThemes,
      themeThresholds: Float32Array.from(header.themeThresholds),
      departmentWeights: departmentHead.weights,
      departmentBias: Float32Array.from(header.departmentBias),
      themeWeights: themeHead.weights,
      themeBias: Float32Array.from(header.themeBias),
    },
  };
}

function versionOf(buffer: Buffer): string {
  return `linear-${createHash('sha256').update(buffer).digest('hex').slice(0, 12)}`;
}

function encodeRows(weights: Float32Array, width: number): Buffer {
  const buckets = width === 0 ? 0 : weights.length / width;
  const used: number[] = [];
  for (let b = 0; b < buckets; b++) {
    for (let k = 0; k < width; k++) {
      if (weights[b * width + k] !== 0) {
        used.push(b);
        break;
      }
    }
  }
  const rows = new Uint32Array(used);
  const values = new Float32Array(used.length * width);
  used.forEach((b, i) => values.set(weights.subarray(b * width, (b + 1) * width), i * width));
  const count = Buffer.alloc(4);
  count.writeUInt32LE(used.length, 0);
  return Buffer.concat([count, Buffer.from(rows.buffer), Buffer.from(values.buffer)]);
}

function decodeRows(buffer: Buffer, offset: number, buckets: number, width: number): { weights: Float32Array; end: number } {
  const count = buffer.readUInt32LE(offset);
  let at = offset + 4;
  // Copies out of the Buffer: a Buffer's byteOffset in its pool need not be 4-aligned.
  const rows = new Uint32Array(new Uint8Array(buffer.subarray(at, at + count * 4)).buffer);
  at += count * 4;
  const values = new Float32Array(new Uint8Array(buffer.subarray(at, at + count * width * 4)).buffer);
  at += count * width * 4;
  const weights = new Float32Array(buckets * width);
  for (let i = 0; i < count; i++) weights.set(values.subarray(i * width, (i + 1) * width), rows[i] * width);
  return { weights, end: at };
}
