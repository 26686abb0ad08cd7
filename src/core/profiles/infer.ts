// Which profile a note follows: an explicit option, front matter `type:`, the title, or its headings.
import type { Note } from '../note/note.js';
import type { Analysis } from '../read/analysis.js';
import type { Profile } from './types.js';
import { DEFAULT_PROFILE, profileById, profiles } from './index.js';
import { compileCue, findCue, tokenize } from '../read/match.js';
import { PSEUDO_LEVEL } from '../note/parse.js';
import { NOTE_KIND_WORDS, titleHead } from '../read/title.js';

export type TypeSource = 'option' | 'front-matter' | 'inferred' | 'default';

/** Front matter fields read as the note type, in order. */
export const TYPE_KEYS = ['type', 'note_type', 'noteType', 'note-type', 'template'];

export interface TypeChoice {
  profile: Profile;
  source: TypeSource;
  /** A front matter type that names no profile (reported by the front-matter rule). */
  unknown?: { value: string; key: string };
}

/** `list`: the note types this lint knows (profilesFor(config)); the built-in ones by default. */
export function chooseProfile(note: Note, a: Analysis, forced?: string, defaultType?: string, list: readonly Profile[] = profiles): TypeChoice {
  const byOption = forced ? profileById(forced, list) : undefined;
  if (byOption) return { profile: byOption, source: 'option' };
  let unknown: TypeChoice['unknown'];
  const data = note.frontMatter?.data;
  if (data) {
    for (const key of TYPE_KEYS) {
      const v = data[key];
      if (typeof v !== 'string' || !v.trim()) continue;
      const p = profileById(v, list);
      if (p) return { profile: p, source: 'front-matter' };
      unknown = { value: v, key };
      break;
    }
  }
  // A title naming a format wins; a generic "Progress note" title yields to headings that reveal the format.
  const titled = fromTitle(note, a, list);
  const byHeadings = titled && titled.sections.length ? undefined : fromHeadings(note, a, list);
  const inferred = titled && titled.sections.length ? titled : titled && byHeadings?.family !== 'progress' ? titled : (byHeadings ?? titled);
  if (inferred) return { profile: inferred, source: 'inferred', unknown };
  const fallback = (defaultType && profileById(defaultType, list)) || profileById(DEFAULT_PROFILE)!;
  return { profile: fallback, source: 'default', unknown };
}

function fromTitle(note: Note, a: Analysis, profiles: readonly Profile[]): Profile | undefined {
  const titles: string[] = [];
  const fmTitle = note.frontMatter?.data?.title;
  if (typeof fmTitle === 'string') titles.push(fmTitle);
  const first = note.sections[0];
  // The first heading names the note when it is the lone H1; or, before any text, when it names a kind of note
  // ("### DBT Skills Group – Member Note", "PROGRESS NOTE"), or is an H2 that is not itself a section of some note
  // type ("## SOAP note" yes, "## Status at discharge" no).
  if (
    first &&
    (first.isTitle ||
      (a.title.heading &&
        (NOTE_KIND_WORDS.test(first.title) ||
          ((first.level <= 2 || first.level === PSEUDO_LEVEL) &&
            !profiles.some((p) => p.sections.some((ps) => ps.aliases.some((al) => sectionMatches(a, first, al))))))))
  ) {
    titles.push(first.title);
  }
  // A first line that names the note without being a heading: "Group Therapy Note", "Progress Note"; or its head,
  // when a subtitle follows ("Psychotherapy note — kept separately from the record. Not for release.").
  const line = a.title.text?.line;
  if (line && line.split(/\s+/).length <= 10 && !/[.!?]$/.test(line)) titles.push(line);
  const head = line && titleHead(line);
  if (head && head.split(/\s+/).length <= 6) titles.push(head);
  for (const t of titles) {
    const tokens = tokenize(t);
    for (const p of profiles) {
      if (p.titleCues.some((c) => findCue(tokens, compileCue(c)) >= 0)) return p;
    }
  }
  return undefined;
}

function fromHeadings(note: Note, a: Analysis, profiles: readonly Profile[]): Profile | undefined {
  let best: Profile | undefined;
  let bestScore = 0;
  for (const p of profiles) {
    if (!p.sections.length) continue;
    const found = new Set<string>();
    for (const sec of note.sections) {
      // Empty or template-only sections do not reveal the type (and inserting a template must not change it).
      if (sec.isTitle || !sec.hasContent) continue;
      const hit = p.sections.find((ps) => ps.aliases.some((al) => sectionMatches(a, sec, al)));
      if (hit) found.add(hit.id);
    }
    // "S: Pt reports..." / "**Plan:** RTC 2 wks": inline labels with content mark sections too.
    for (const b of note.blocks) {
      if (!b.label || !b.content || b.kind === 'tableCell') continue;
      const hit = p.sections.find((ps) => ps.aliases.some((al) => labelMatches(b.label!, al)));
      if (hit) found.add(hit.id);
    }
    const keys = p.inferKey === undefined ? [] : ([] as string[]).concat(p.inferKey);
    if (found.size < p.inferMin || (keys.length && !keys.some((k) => found.has(k)))) continue;
    const score = found.size / p.sections.length;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** A profile section alias matches a heading that starts with it; one-letter aliases ("S", "P") only alone. */
export function sectionMatches(a: Analysis, sec: Note['sections'][number], alias: string): boolean {
  if (alias.length === 1) {
    const words = tokenize(sec.title);
    return words.length >= 1 && words[0].word === alias && (words.length === 1 || /^\w\s*[(:\-–]/.test(sec.title));
  }
  return a.headingStartsWith(sec, alias);
}

function labelMatches(label: string, alias: string): boolean {
  const l = label.toLowerCase().trim();
  return l === alias || (alias.length > 1 && l.startsWith(alias + ' '));
}
