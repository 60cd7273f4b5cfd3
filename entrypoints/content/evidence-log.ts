/**
 * The evidence log's side in the page: one sighting per message a flagged
 * number appears in, about that message only (its id, its own text, its sent
 * time), sent to the background in batches after the marks are in (a long
 * page shows hundreds of flagged numbers at once). The user's own messages
 * are not contacts and are never logged. The background adds when it saw them.
 */
import { MAX_SIGHTING_EXCERPT, MAX_SIGHTINGS, type Sighting } from '../../core/messages';
import type { PageMessage } from '../../core/message';

export class EvidenceLog {
  /** key|messageId already sent from this page: re-rendering a message logs nothing new. */
  private readonly logged = new Set<string>();
  private queue: Sighting[] = [];

  constructor(
    private readonly send: (items: Sighting[]) => Promise<unknown>,
    public enabled: boolean,
  ) {}

  /** A flagged number was painted in `message` (read by the caller from the marker). */
  add(key: string, site: string, message: PageMessage | null) {
    if (!this.enabled || !message || message.direction === 'outgoing') return;
    const seen = `${key}|${message.id}`;
    if (this.logged.has(seen)) return;
    this.logged.add(seen);
    const item: Sighting = { key, site, excerpt: message.text.slice(0, MAX_SIGHTING_EXCERPT), messageId: message.id };
    if (message.sent) {
      item.sentAt = message.sent.at;
      item.sentPrecision = message.sent.precision;
    }
    if (!this.queue.length) setTimeout(() => this.flush(), 0);
    this.queue.push(item);
  }

  private flush() {
    const batch = this.queue.slice(0, MAX_SIGHTINGS);
    this.queue = this.queue.slice(MAX_SIGHTINGS);
    if (this.queue.length) setTimeout(() => this.flush(), 0);
    // If the background could not record them, let a later repaint try again.
    void this.send(batch).catch(() => {
      for (const s of batch) this.logged.delete(`${s.key}|${s.messageId}`);
    });
  }
}
