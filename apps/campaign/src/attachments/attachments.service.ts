import { Inject, Injectable } from '@nestjs/common';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { inspectDocument, imageFacts, DocumentProblem } from '@bayu/platform/files';
import type { DataScope, Principal } from '@bayu/platform/auth';
import { uuidv7 } from '@bayu/platform/db';
import { ObjectTooLargeError, type ObjectStore } from '@bayu/platform/storage';
import { CAMPAIGN_CONFIG, type CampaignConfig } from '../config';
import type { Prisma } from '../database/campaign-database';
import { NominationsService } from '../nominations/nominations.service';
import { NominationsRepository } from '../nominations/nominations.repository';
import { nominationProblems } from '../nominations/nominations.problems';
import type { NominationView } from '../nominations/nominations.dto';
import { attachmentRulesOf } from './attachment-rules';
import type { AttachmentRulesView } from './attachments.dto';
import { attachmentProblems } from './attachments.problems';

export const CAMPAIGN_FILES = Symbol('CAMPAIGN_FILES');

export type AttachmentKind = 'photo' | 'evidence';

export interface StoredAttachment {
  readonly key: string;
  readonly type: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly width?: number;
  readonly height?: number;
  readonly pages?: number;
  readonly fileName?: string;
}

/**
 * The photo and the evidence file of a form. Each upload streams to the object store under a new key, is
 * checked from its content (type, pixel size, pages), and only then replaces the form's previous file, in
 * the form's own transaction; whatever fails leaves the form and the store as they were.
 */
@Injectable()
export class AttachmentsService {
  /** What every upload is checked against (from the configuration). */
  private readonly rules: AttachmentRulesView;

  constructor(
    @Inject(CAMPAIGN_FILES) private readonly store: ObjectStore,
    @Inject(CAMPAIGN_CONFIG) config: CampaignConfig,
    private readonly nominations: NominationsRepository,
    private readonly forms: NominationsService,
  ) {
    this.rules = attachmentRulesOf(config);
  }

  async attach(actor: Principal, scope: DataScope, id: string, kind: AttachmentKind, body: Readable, fileName: string | undefined, expectedVersion: number | undefined): Promise<NominationView> {
    await this.forms.assertEditable(scope, id);
    if (expectedVersion === undefined) throw nominationProblems.raise('version-required');
    const key = `nominations/${id}/${kind}-${uuidv7()}`;
    const { maxBytes } = this.rules[kind];
    let stored;
    try {
      stored = await this.store.put(key, body, { maxBytes });
    } catch (error) {
      if (error instanceof ObjectTooLargeError) throw attachmentProblems.raise('too-large', { detail: `at most ${Math.floor(maxBytes / 1024 / 1024)} MB`, extensions: { maxBytes } });
      throw error;
    }
    try {
      const facts = kind === 'photo' ? await this.photoFacts(key) : await this.evidenceFacts(key, fileName);
      const attachment: StoredAttachment = { key, bytes: stored.bytes, sha256: stored.sha256, ...facts };
      const { view, previous } = await this.forms.replaceAttachment(actor, scope, id, kind, attachment as unknown as Prisma.InputJsonValue, expectedVersion);
      const replaced = previous as StoredAttachment | null;
      if (replaced) await this.store.delete(replaced.key).catch(() => undefined);
      return view;
    } catch (error) {
      await this.store.delete(key);
      throw error;
    }
  }

  /** The file of a form in the caller's scope, for download. */
  async open(scope: DataScope, id: string, kind: AttachmentKind): Promise<{ attachment: StoredAttachment; content: Readable }> {
    const row = await this.nominations.findInScope(scope, id);
    if (!row) throw nominationProblems.raise('not-found');
    return this.openStored((row[kind] as StoredAttachment | null) ?? null);
  }

  /** The photo of a published candidate, for the public site. */
  async openPublicPhoto(campaignId: string, id: string): Promise<{ attachment: StoredAttachment; content: Readable }> {
    const row = await this.nominations.publicCandidate(campaignId, id);
    if (!row) throw attachmentProblems.raise('not-found');
    return this.openStored((row.photo as StoredAttachment | null) ?? null);
  }

  private async openStored(attachment: StoredAttachment | null): Promise<{ attachment: StoredAttachment; content: Readable }> {
    if (!attachment) throw attachmentProblems.raise('not-found');
    return { attachment, content: await this.store.openRead(attachment.key) };
  }

  private async photoFacts(key: string): Promise<Pick<StoredAttachment, 'type' | 'width' | 'height'>> {
    const local = await this.store.localCopy(key);
    try {
      const file = await open(local.path, 'r');
      const head = Buffer.alloc(64 * 1024);
      const { bytesRead } = await file.read(head, 0, head.length, 0).finally(() => file.close());
      const facts = imageFacts(head.subarray(0, bytesRead));
      if (!facts) throw attachmentProblems.raise('not-an-image');
      const { minWidth, minHeight } = this.rules.photo;
      if (facts.width < minWidth || facts.height < minHeight) throw attachmentProblems.raise('too-small', { extensions: { width: facts.width, height: facts.height, minimum: { width: minWidth, height: minHeight } } });
      return facts;
    } finally {
      await local.release();
    }
  }

  private async evidenceFacts(key: string, fileName: string | undefined): Promise<Pick<StoredAttachment, 'type' | 'pages' | 'fileName'>> {
    const local = await this.store.localCopy(key);
    try {
      const facts = await inspectDocument(local.path);
      const { maxPages } = this.rules.evidence;
      if (facts.pages > maxPages) throw attachmentProblems.raise('too-many-pages', { detail: `${facts.pages} pages; at most ${maxPages}`, extensions: { pages: facts.pages, maxPages } });
      return { type: facts.type, pages: facts.pages, ...(fileName ? { fileName } : {}) };
    } catch (error) {
      if (error instanceof DocumentProblem) throw attachmentProblems.raise(error.code === 'encrypted' ? 'legacy-word' : error.code);
      throw error;
    } finally {
      await local.release();
    }
  }
}
