// A note's review status, from its front matter: where it stands between the clinician and the supervisor who signs
// it off. The values are data, written once here; the review-status rule, the reports and the docs read them.
import type { Note } from './note.js';

/** The review statuses, in the order a note goes through them. */
export const REVIEW_STATUSES = ['draft', 'submitted', 'needs-revision', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The front matter keys that carry the review. */
export const REVIEW_KEYS = { status: 'status', reviewedBy: 'reviewed_by', reviewedOn: 'reviewed_on' } as const;

export interface Review {
  /** One of REVIEW_STATUSES, or, as written, a value that is none of them (the rule says so). */
  status?: string;
  known: boolean;
  reviewedBy?: string;
  reviewedOn?: string;
}

export function isReviewStatus(s: string): s is ReviewStatus {
  return (REVIEW_STATUSES as readonly string[]).includes(s);
}

/** What the note says of its review; undefined when it says nothing. Values are compared without regard to case,
 *  spaces or underscores ("Needs revision", "needs_revision"). */
export function reviewOf(note: Pick<Note, 'frontMatter'>): Review | undefined {
  const data = note.frontMatter?.data;
  if (!data) return undefined;
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : v instanceof Date ? v.toISOString().slice(0, 10) : undefined);
  const raw = text(data[REVIEW_KEYS.status]);
  const reviewedBy = text(data[REVIEW_KEYS.reviewedBy]);
  const reviewedOn = text(data[REVIEW_KEYS.reviewedOn]);
  if (raw === undefined && reviewedBy === undefined && reviewedOn === undefined) return undefined;
  const normal = raw?.toLowerCase().replace(/[\s_]+/g, '-');
  const known = normal !== undefined && isReviewStatus(normal);
  return {
    ...(raw !== undefined ? { status: known ? normal : raw } : {}),
    known,
    ...(reviewedBy !== undefined ? { reviewedBy } : {}),
    ...(reviewedOn !== undefined ? { reviewedOn } : {}),
  };
}
