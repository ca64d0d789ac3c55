import type { Point, Position } from 'unist';
import { VFileMessage } from 'vfile-message';

/**
 * A message as data, so it can cross from a worker thread to the main one: structured cloning keeps only
 * `message` and `stack` of an Error, and `ancestors` would drag whole syntax trees along.
 */
export interface PlainMessage {
  reason: string;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  file?: string;
  place?: Point | Position;
  url?: string;
  note?: string;
  expected?: string[];
}

export function toPlainMessage(message: VFileMessage): PlainMessage {
  const plain: PlainMessage = { reason: message.reason };
  if (message.ruleId) plain.ruleId = message.ruleId;
  if (message.source) plain.source = message.source;
  if (message.fatal !== undefined) plain.fatal = message.fatal;
  if (message.file) plain.file = message.file;
  if (message.place) plain.place = message.place;
  if (message.url) plain.url = message.url;
  if (message.note) plain.note = message.note;
  if (message.expected) plain.expected = [...message.expected];
  return plain;
}

export function fromPlainMessage(plain: PlainMessage): VFileMessage {
  const message = new VFileMessage(plain.reason, {
    ruleId: plain.ruleId,
    source: plain.source,
    place: plain.place,
  });
  message.fatal = plain.fatal;
  if (plain.file) message.file = plain.file;
  if (plain.url) message.url = plain.url;
  if (plain.note) message.note = plain.note;
  if (plain.expected) message.expected = plain.expected;
  return message;
}
