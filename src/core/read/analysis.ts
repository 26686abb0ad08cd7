// Per-lint derived views of a Note, computed once and shared by every rule (tokens, section content).
import type { Block, Note, Section } from '../note/note.js';
import type { OffsetRange } from '../types.js';
import { isContentText } from '../note/content.js';
import { LETTERED, plainHeadName, valueStart, withoutAside } from '../note/labels.js';
import { aboutOthers, pieceAt } from './about-others.js';
import { namedOthers, opensOnNamed, withoutPresent } from './named-others.js';
import { cueAt, type Cue, type Token } from './match.js';
import type { ContextPolicy, NegationMode } from '../dimensions/types.js';
import { contextOf, type ContextCategory, type ContextJudgement } from './context.js';
import { matcherFor } from './pattern.js';
import { otherSense } from './senses.js';
import { NOTE_KIND_WORDS, titleLines, type TitleLines } from './title.js';
import type { Profile, ProfileSection } from '../profiles/types.js';
import { sectionMatches } from '../profiles/infer.js';
import { BUILTIN_LANGUAGE, type Language, type Reading } from './language.js';

export interface TextUnit {
  block: Block;
  tokens: Token[];
  /** The block's text with soft line breaks as spaces (same offsets), for patterns written for one line. */
  flat: string;
}

export interface Hit {
  /** Offset in the note where the cue was found (approximate when the text was escaped). */
  offset: number;
  text: string;
  /** Neither negated nor denied where it was found ("reports SI", not "denies SI"). */
  affirmed?: boolean;
}


/** The joins of a heading that names several topics ("Family, Culture, Environment", "Spiritual / cultural"). */
const TOPIC_LIST = /[,/&+]|\band\b/;

/** Whether a label's value says something: it runs from `from` to the end of its sentence or clause, and never past
 * `to` (the next label). */
function labelHolds(flat: string, from: number, to = flat.length, language: Language): boolean {
  let end = from;
  // (Two blanks end a field in a line of them: "Start/End: ____   Session #: 4" holds nothing.)
  while (end < to && flat[end] !== '.' && flat[end] !== ';' && flat[end] !== '\n' && !(flat[end] === ' ' && flat[end + 1] === ' ')) end++;
  return isContentText(flat.slice(from, end), language.isPlaceholder);
}

/** A capitalised label of a few words and a colon, at the start of a sentence or line. */
// (Two blanks, not `\s{2,}`: a run of blanks would be re-read from each of its places.)
const INLINE_LABEL = /(?:^|[.;!?]["'”’)]*\s|\s\s|\|\s*)([A-Z][A-Za-z/&'’-]*(?: [A-Za-z/&'’-]+){0,3}):\s+(?=\S)/g;
/** The same at the start of a line, in a note typed all in lower case ("plan: special playtime 3x/wk ..."). */
const LOWER_LABEL = /^([a-z][a-z/&'’-]*(?: [a-z/&'’-]+){0,3}):\s+(?=\S)/;
/** A sentence that opens on a heading's words and "include" ("Strengths include her consistent self-monitoring...",
 * "Barriers included cost and distance"): its words are that heading's entry, as after a colon. */
const SENTENCE_LABEL = /(?:^|[.;!?]["'”’)]*\s|\s\s)(?!(?:No|Not|Any|Few)\b)([A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2}) (?:include|includes|included):? (?=\S)/g;


/** How `Analysis.find` reads a match: negation as `mode` reads it (see `negatedAs`), the context `policy` rules out
 * (deferred, hypothetical, historical, another person's), word `senses` that are no evidence, `deniedOnly` for a
 * denial or screen only, and `within` to search one part of the note (a dimension's own entry). */
export interface FindOptions {
  mode: NegationMode | 'strict';
  policy?: ContextPolicy;
  senses?: readonly string[];
  deniedOnly?: boolean;
  within?: OffsetRange;
  /** Only where the sentence is about the client, not one that opens on the people around them (`aboutOthers`). */
  aboutClient?: boolean;
  /** Ranges whose words are no evidence (a dimension's own headings: "## Plan / Progress" shows no progress). */
  skip?: readonly OffsetRange[];
  /** A person listed as present in the session is no other person here (`Dimension.inRoom`). */
  inRoom?: boolean;
  /** Not inside a quotation on its line: the client's words, not the clinician's (`SubItem.notQuoted`). */
  outsideQuotes?: boolean;
  /** Whether a match (its unit, its start and end in the unit's flat text) is about what is asked (`read/topic.ts`). */
  near?: (unit: TextUnit, start: number, end: number) => boolean;
}

/** The last check box on a line before a place in it ("[ ] Improved   [x] No change"), read back at most this far. */
const BOX_BEHIND = 160;
const BOX = /\[([ xX✓✔])\]/g;
/** The rest of a field's label, then a value that is only a line to write on ("this session: ______"). */
const BLANK_FIELD = /^[^.,:;\n]{0,40}:[ \t]*_{3,}(?![^\s_])/;
/** The rest of a field's label up to its colon, before the options: "... screen completed:". */
const LABEL_REST = /^[^.,:;\n[\]]{0,40}:/;

/**
 * Whether a form's item right after a place is left unanswered: "SI [ ] denied [ ] endorsed" (its options follow it
 * and none is ticked). Read by hand, option by option, to the end of the options (at most BOX_BEHIND characters).
 */
export function unansweredAfter(text: string, from: number, at: number): boolean {
  // (An option itself, "[x] No change   [ ] Regressed", is answered or not by its own box: `untickedAt`.)
  if (/\[[ xX✓✔]\][ \t]*$/.test(text.slice(Math.max(0, from - 6), from))) return false;
  // A field whose blank was never filled in: "Thought content: ________", "Goal(s) addressed this session: ____".
  if (BLANK_FIELD.test(text.slice(at, at + 60))) return true;
  const end = Math.min(text.length, at + BOX_BEHIND);
  // ("C-SSRS screen completed:  [ ] Yes  [ ] No": the rest of the field's label, then its options.)
  let i = at + (LABEL_REST.exec(text.slice(at, at + 60))?.[0].length ?? 0);
  while (i < end && (text[i] === ' ' || text[i] === ':' || text[i] === '\t')) i++;
  let boxes = 0;
  while (i + 2 < end && text[i] === '[' && text[i + 2] === ']') {
    if (text[i + 1] !== ' ') return false;
    boxes++;
    i += 3;
    // The option's words, up to the next box, a run of two blanks or the line's end.
    while (i < end && text[i] !== '[' && text[i] !== '\n' && !(text[i] === ' ' && text[i + 1] === ' ')) i++;
    // ("[ ] Improved   [x] No change": options of one item may be set apart by a run of blanks.)
    while (i < end && text[i] === ' ') i++;
  }
  return boxes > 0;
}

/**
 * Whether a place in a block's text is in an option nobody ticked ("[ ] Improved   [ ] No change" on a form): the last
 * box before it on its line is empty. "- [ ] item" list items are read by the parser (Block.checked).
 */
export function untickedAt(text: string, at: number): boolean {
  const nl = text.lastIndexOf('\n', at - 1);
  const piece = text.slice(Math.max(nl + 1, at - BOX_BEHIND), at);
  if (!piece.includes('[')) return false;
  let last: string | undefined;
  for (const m of piece.matchAll(BOX)) last = m[1];
  return last === ' ';
}

/** Whether a match lies wholly in one of the ranges: "Obj 1a: ... — 1 of 3" starts on its label and reads on past it. */
const inAny = (offset: number, end: number, ranges: readonly OffsetRange[] | undefined) => !!ranges?.some((r) => offset >= r.start && offset < r.end && end <= r.end);

/** Whether a unit lies wholly outside a range. */
function outside(unit: TextUnit, r: OffsetRange): boolean {
  return unit.block.range.end <= r.start || unit.block.range.start >= r.end;
}

/** A block that is one quotation from start to end. */
const QUOTED = /^\s*["“][^"“”]*["”]\s*$/;

/** ConText categories that say the work is still to be done. */
const PUT_OFF = ['deferred', 'unexplored'] as const;

/** A reviewer's comment set in square brackets by their initials or role: "[DR: This section is blank again, Hannah.]". */
const REVIEW_BRACKET = /^[ \t]*\[(?:[A-Z]{2,3}|supervisor|reviewer|co-?signer)[ \t]?:[ \t][^\]\n]*\][ \t]*$/gim;

/** Where reviewers' bracketed comments stand in the note (a line each), found once per note. */
const reviewRanges = new WeakMap<object, OffsetRange[]>();
function reviewCommentsIn(note: Note): OffsetRange[] {
  let out = reviewRanges.get(note);
  if (!out) {
    out = [];
    REVIEW_BRACKET.lastIndex = 0;
    for (let m = REVIEW_BRACKET.exec(note.text); m; m = REVIEW_BRACKET.exec(note.text)) {
      out.push({ start: m.index, end: m.index + m[0].length });
    }
    reviewRanges.set(note, out);
  }
  return out;
}

/** A head that says its entry was copied from an earlier note: "MSE [copied forward from 03/07/2025]:". */
const COPIED_FORWARD = /^[^\n]{0,60}[[(][ \t]?(?:copied|carried|brought|pulled)[ \t]+(?:forward|over)\b/i;
/** The label of a reviewer's comment on the note, not the clinician's record. */
const REVIEW_COMMENT = /^(?:(?:clinical\s+)?supervisor|reviewer|co-?signer|auditor)(?:['’]s)?\s+(?:comments?|remarks?|review\s+comments?)$/i;

export class Analysis {
  /** Content blocks (the clinician's words), tokenized. */
  readonly units: TextUnit[];
  /** The lines that can name the note, found once (the type is read from them; they are not content). */
  readonly title: TitleLines;
  /** "Strengths: humor, a close sister" written inside a paragraph: a label and what follows it. */
  /** `value`: where a run-in label's value lies in its block's text, up to the next label ("... CULTURAL FACTORS: to be
   * explored at next session. ENGAGEMENT: ..."). */
  readonly inlineLabels: { label: string; block: Block; content: boolean; whole?: boolean; value?: { start: number; end: number } }[] = [];
  private readonly headingStems: string[][];
  /** stem -> where it occurs, so a cue costs a lookup instead of a scan of every block. */
  private readonly index = new Map<string, { u: number; i: number }[]>();
  private readonly prefixCache = new Map<string, { u: number; i: number }[]>();
  /** Patterns found nowhere in the note's units: a note is asked about a third of them more than once. */
  private readonly absent = new Set<string>();
  /** profile id + canonical section id -> the note's section (null: the note has none), matched once per lint. */
  private readonly homes = new Map<string, Section | null>();

  /** How words are read (the config's shorthand); compiled cues and paragraph tokens are cached there, across lints. */
  private readonly reading: Reading;

  /** `language`: the word lists of the config (read/language.ts `languageFor`); the built-in ones by default. */
  constructor(
    readonly note: Note,
    readonly language: Language = BUILTIN_LANGUAGE,
  ) {
    this.reading = language.reading;
    this.title = titleLines(note);
    const named = [this.title.text?.block, this.title.heading?.block].filter((b): b is Block => !!b && namesTheNote(b));
    // A reviewer's comment on the note ("Supervisor comment (L. Marsh): ... that needs to be in the note, and a risk
    // level.") says what the note lacks; its words are no evidence of what it holds.
    // (Nor is an entry the note says it copied from an earlier one: "INTERVENTIONS [copied forward from 03/07/2025]:".)
    // (Words struck through, "~~Transportation~~ None identified.", were taken back: read as blanks.)
    this.units = note.blocks.filter((b) => b.content && !named.includes(b) && !(b.label && REVIEW_COMMENT.test(withoutAside(b.label))) && !COPIED_FORWARD.test(b.text)).map((block) => ({ block, tokens: unitTokens(block, this.reading), flat: unstruck(block, block.text.replace(/\r?\n/g, (m) => ' '.repeat(m.length))) }));
    this.headingStems = note.sections.map((s) => this.reading.tokenize(s.title).map((t) => t.stem));
    // (And a line of fields all left blank, "Review date: ___   Clinician: ___   Modality: ___": each is a label.)
    const blankLines = note.blocks.filter((b) => !b.content && b.label && !b.quoted).map((block) => ({ block, flat: block.text.replace(/\r?\n/g, (m) => ' '.repeat(m.length)) }));
    for (const u of [...this.units, ...blankLines]) {
      INLINE_LABEL.lastIndex = 0;
      const found: RegExpExecArray[] = [];
      for (let m = INLINE_LABEL.exec(u.flat); m; m = INLINE_LABEL.exec(u.flat)) found.push(m);
      const lower = found[0]?.index === 0 ? null : LOWER_LABEL.exec(u.flat);
      if (lower) found.unshift(lower);
      found.forEach((m, i) => {
        if (m.index === 0 && u.block.label) return; // the block's own label
        // A label's value runs to the end of its sentence or clause, and never into the next label.
        const value = { start: m.index + m[0].length, end: found[i + 1]?.index ?? u.flat.length };
        this.inlineLabels.push({ label: m[1].trim(), block: u.block, content: labelHolds(u.flat, value.start, found[i + 1]?.index, language), value });
      });
    }
    for (const u of this.units) {
      SENTENCE_LABEL.lastIndex = 0;
      for (let m = SENTENCE_LABEL.exec(u.flat); m; m = SENTENCE_LABEL.exec(u.flat)) {
        this.inlineLabels.push({ label: m[1].trim(), block: u.block, content: labelHolds(u.flat, m.index + m[0].length, undefined, language) });
      }
    }
    // "Client strengths" alone on the first line of a paragraph, the entry below it: a heading without its marks.
    for (const u of this.units) {
      const m = LINE_HEAD.exec(u.block.text);
      // (`whole`: without a colon the line is a heading only when it is one whole, "Client strengths", not when it
      // holds a heading's word, "Bias and countertransference".)
      // ("Risk" over "See IOP intake.": a pointer elsewhere is no entry.)
      if (m && !u.block.label && u.block.kind === 'paragraph') this.inlineLabels.push({ label: m[1], block: u.block, content: isContentText(u.block.text.slice(m[0].length), language.isPlaceholder), whole: true });
    }
    // "Treatment goals (plan dated 11/06):" alone on its line, then a list: the list is what the label heads.
    note.blocks.forEach((b, k) => {
      const next = note.blocks[k + 1];
      if (b.kind === 'listItem' || b.quoted || !next || next.kind !== 'listItem' || !next.content) return;
      const m = LIST_LABEL.exec(b.text);
      if (m) this.inlineLabels.push({ label: m[1].trim(), block: b, content: true });
    });
    this.units.forEach((unit, u) =>
      unit.tokens.forEach((t, i) => {
        const list = this.index.get(t.stem);
        if (list) list.push({ u, i });
        else this.index.set(t.stem, [{ u, i }]);
      }),
    );
  }

  /** Occurrences of a cue's first word, in document order. */
  private occurrences(cue: Cue): { u: number; i: number }[] {
    const first = cue.parts[0];
    if (!first) return [];
    if (!first.prefix) return this.index.get(first.stem) ?? [];
    let hits = this.prefixCache.get(first.stem);
    if (!hits) {
      hits = [];
      this.units.forEach((unit, u) => unit.tokens.forEach((t, i) => t.word.startsWith(first.stem) && hits!.push({ u, i })));
      this.prefixCache.set(first.stem, hits);
    }
    return hits;
  }

  /** The note's section for a note type's canonical section (the Plan of a SOAP note), if the note has it. */
  profileSection(profile: Profile, id: string): Section | undefined {
    const key = `${profile.id}\0${id}`;
    let sec = this.homes.get(key);
    if (sec === undefined) {
      const ps = profile.sections.find((s) => s.id === id);
      const byPlace = (s: Section) => {
        const at = this.letterOf(profile, s);
        return at === undefined || at === ps;
      };
      sec = (ps && this.note.sections.find((s) => !s.isTitle && ps.aliases.some((al) => sectionMatches(this, s, al)) && byPlace(s))) || null;
      this.homes.set(key, sec);
    }
    return sec ?? undefined;
  }

  /**
   * A one-letter head that the note uses more than once ("P" for the Problem and "P" for the Plan of a PIRP note)
   * names the format's sections in their order: its format section by that order (the k-th "P" is the k-th section
   * the format heads with "P"), null when the format has fewer; undefined for any other head.
   */
  letterOf(profile: Profile, sec: Section): ProfileSection | null | undefined {
    const place = this.letterPlaces().get(sec);
    if (!place || place.of < 2) return undefined;
    return profile.sections.filter((ps) => ps.aliases.includes(place.letter))[place.nth] ?? null;
  }

  /** The same for a one-letter label ("P: Caregiver strain." ... "P: F/u PRN."): its format section by its order. */
  letterOfLabel(profile: Profile, b: Block): ProfileSection | null | undefined {
    this.labelPlacesCache ??= placesByLetter(this.note.blocks, (x) => {
      const l = x.quoted ? undefined : x.label?.trim().toLowerCase();
      return l && /^[a-z]$/.test(l) ? l : undefined;
    });
    const place = this.labelPlacesCache.get(b);
    if (!place || place.of < 2) return undefined;
    return profile.sections.filter((ps) => ps.aliases.some((al) => al.toLowerCase() === place.letter))[place.nth] ?? null;
  }

  private labelPlacesCache?: Map<Block, LetterPlace>;

  private letterPlacesCache?: Map<Section, LetterPlace>;

  /** Each one-letter head's letter, its place among the heads with that letter and how many there are (built once:
   * every dimension asks of every head). */
  private letterPlaces(): Map<Section, LetterPlace> {
    this.letterPlacesCache ??= placesByLetter(this.note.sections, (s) => (s.isTitle ? undefined : letterTitle(s)));
    return this.letterPlacesCache;
  }

  cue(source: string): Cue {
    return this.reading.cue(source);
  }

  /**
   * First occurrence of any cue or pattern in the note's content whose context (ConText) leaves it evidence: not
   * negated as `mode` reads negation (see `negatedAs`), and not ruled out by the policy (deferred, hypothetical,
   * historical, another person's), nor using its word in a sense the caller rules out (`senses`, names from
   * src/core/language/word-senses.ts: "she will miss our sessions" is no missed appointment).
   */
  find(cues: string[], patterns: string[] | undefined, how: FindOptions): Hit | undefined {
    const { mode, policy, senses, deniedOnly = false, within, aboutClient, skip, near, inRoom, outsideQuotes } = how;
    for (const src of cues) {
      const cue = this.cue(src);
      const n = cue.parts.length;
      for (const { u, i } of this.occurrences(cue)) {
        const unit = this.units[u];
        if (!cueAt(unit.tokens, cue, i) || (within && outside(unit, within))) continue;
        const j = contextOf(unit.tokens, unit.block.text).judge(i, n);
        if (excluded(j, mode, policy) || (deniedOnly && isAffirmed(j))) continue;
        if (senses?.length && otherSense(unit.tokens, unit.flat, i, n, senses)) continue;
        // "Duration: [enter]", "Risk: TBD": a label left for later is no evidence.
        if (this.language.leftBlank(unit.block.text, unit.tokens[i + n - 1].end)) continue;
        if (aboutClient && aboutOthers(pieceAt(unit.flat, unit.tokens[i].start))) continue;
        if (outsideQuotes && contextOf(unit.tokens, unit.block.text).quoted(i)) continue;
        if (this.aboutNamed(unit.flat, unit.tokens[i].start, inRoom)) continue;
        if (untickedAt(unit.flat, unit.tokens[i].start) || unansweredAfter(unit.flat, unit.tokens[i].start, unit.tokens[i + n - 1].end)) continue;
        if (near && !near(unit, unit.tokens[i].start, unit.tokens[i + n - 1].end)) continue;
        const offset = toSource(unit.block, unit.tokens[i].start);
        const last = toSource(unit.block, unit.tokens[i + n - 1].end);
        if ((within && (offset < within.start || offset >= within.end)) || inAny(offset, last, skip) || inAny(offset, last, reviewCommentsIn(this.note))) continue;
        return { offset, text: src, affirmed: isAffirmed(j) };
      }
    }
    for (const p of patterns ?? []) {
      if (this.absent.has(p)) continue;
      const matcher = matcherFor(p);
      let everyUnit = true;
      let matched = false;
      for (const unit of this.units) {
        if (within && outside(unit, within)) {
          everyUnit = false;
          continue;
        }
        for (let m = matcher.first(unit.flat); m; m = matcher.first(unit.flat, m.index + Math.max(1, m.text.length))) {
          matched = true;
          const span = tokenSpan(unit.tokens, m.index, m.index + m.text.length);
          const j = span && contextOf(unit.tokens, unit.block.text).judge(span.i, span.n);
          // A pattern may hold its own negation ("denies SI"): the words it matched decide as well as the context.
          const affirmed = (!j || isAffirmed(j)) && !NEGATING_START.test(m.text);
          if (j && excluded(j, mode, policy)) continue;
          if (deniedOnly && affirmed) continue;
          if (span && senses?.length && otherSense(unit.tokens, unit.flat, span.i, span.n, senses)) continue;
          // "f/u TBD", "Safety plan: N/A": left blank, as for a cue.
          if (this.language.leftBlank(unit.block.text, m.index + m.text.length)) continue;
          if (aboutClient && aboutOthers(pieceAt(unit.flat, m.index))) continue;
          if (outsideQuotes && span && contextOf(unit.tokens, unit.block.text).quoted(span.i)) continue;
          if (this.aboutNamed(unit.flat, m.index, inRoom)) continue;
          if (untickedAt(unit.flat, m.index) || unansweredAfter(unit.flat, m.index, m.index + m.text.length)) continue;
          if (near && !near(unit, m.index, m.index + m.text.length)) continue;
          const offset = toSource(unit.block, m.index);
          const last = toSource(unit.block, m.index + m.text.length);
          if ((within && (offset < within.start || offset >= within.end)) || inAny(offset, last, skip) || inAny(offset, last, reviewCommentsIn(this.note))) continue;
          return { offset, text: m.text, affirmed };
        }
      }
      if (everyUnit && !matched) this.absent.add(p);
    }
    return undefined;
  }

  private named?: Set<string>;
  private namedOutside?: Set<string>;

  /** Whether the sentence holding a place opens on someone the note names as another person ("Ryan had ..."); with
   * `inRoom`, someone not listed as present in the session. */
  private aboutNamed(flat: string, at: number, inRoom?: boolean): boolean {
    this.named ??= namedOthers(this.note, this.units);
    if (!this.named.size) return false;
    if (inRoom) {
      this.namedOutside ??= withoutPresent(this.note, this.named);
      return this.namedOutside.size > 0 && (opensOnNamed(pieceAt(flat, at), this.namedOutside) || ownedByNamed(flat, at, this.namedOutside));
    }
    return opensOnNamed(pieceAt(flat, at), this.named) || ownedByNamed(flat, at, this.named);
  }

  /** Whether the content within `range` puts something off or says it was not done ("will assess next session"). */
  putsOff(range: OffsetRange): boolean {
    return this.says(range, PUT_OFF);
  }

  /** Whether a trigger of these ConText categories stands in a range of the note (outside a quotation of the client). */
  says(range: OffsetRange, categories: readonly ContextCategory[]): boolean {
    // A quotation of the client ("...she's done if I don't do something") is what was said, not work put off.
    // (Within the range, when it is part of a block: a block may hold several labels' values, each put off or not on
    // its own.)
    // (Nor when the block's text maps to the note only as a whole: its words' places are not known.)
    const inside = (u: TextUnit) =>
      (range.start <= u.block.range.start && range.end >= u.block.range.end) || !u.block.segments.some((s) => s.length > 0)
        ? undefined
        : (k: number) => {
            const at = toSource(u.block, u.tokens[k].start);
            return at >= range.start && at < range.end;
          };
    return this.units.some(
      (u) => u.block.range.end > range.start && u.block.range.start < range.end && !QUOTED.test(u.flat) && contextOf(u.tokens, u.block.text).mentions(categories, inside(u)),
    );
  }

  /** Whether a section heading matches an alias: contained words, or the whole heading for `=alias`. */
  headingMatches(section: Section, alias: string): boolean {
    // A plain line names a dimension by one word only as a whole ("Strengths", not "Some strengths seen"); a name of
    // several words it may hold among others ("Status at discharge / recommendations").
    // ("Goals — what we will work on together": its name, before what it says of itself.)
    // (Or an aside that is the name: "What's going well for me (strengths)".)
    if (section.plain && !alias.startsWith('=') && !/\s/.test(alias.trim())) {
      const name = plainHeadName(section.title);
      const aside = /\(([^()\n]{1,40})\)$/.exec(name)?.[1];
      return this.titleMatches(withoutAside(name), `=${alias}`) || (!!aside && this.titleMatches(aside, `=${alias}`));
    }
    return this.titleMatches(section.title, alias, this.headingStems[section.index]);
  }

  /**
   * Whether a title lists three or more of `topics` and nothing else ("Home, family, money and supports"): a form's
   * section over the systems it names one by one (`Dimension.headingTopics`).
   */
  listsTopics(title: string, topics: readonly string[] | undefined): boolean {
    if (!topics?.length || !TOPIC_LIST.test(title)) return false;
    const parts = withoutAside(title.replace(LETTERED, '')).replace(/[:#*_]+/g, ' ').split(TOPIC_LIST).map((p) => p.trim()).filter(Boolean);
    // (Three at least: "Family and supports" heads those two, not the whole of the client's systems.)
    return parts.length >= 3 && parts.every((p) => topics.some((t) => this.titleMatches(p, `=${t}`)));
  }

  /** The same test for any title (an inline "**Label:**" or a table column header). */
  titleMatches(title: string, alias: string, stems?: (string | Token)[]): boolean {
    const exact = alias.startsWith('=');
    const words = this.reading.alias(alias);
    // "P — Plan", "G - Goals": the format's letter before the word is no part of the heading's name.
    // (Tokenized only when no stems are given.)
    const t = exact || !stems ? this.titleTokens(LETTERED.test(title) ? title.replace(LETTERED, '') : title) : undefined;
    if (t && exact) {
      const same = (u: Token[]) => u.length === words.length && words.every((w, i) => w.word === u[i].word);
      // A heading that names several topics ("Family, Culture, Environment", "Spiritual / cultural") heads each.
      // (The whole name, before a bracketed aside about it: "Agreements (written together, each has a copy)".)
      if (same(t)) return true;
      const bare = withoutAside(title);
      return (bare !== title && same(this.titleTokens(bare.replace(LETTERED, '')))) || (TOPIC_LIST.test(title) && title.split(TOPIC_LIST).some((part) => same(this.titleTokens(part.replace(LETTERED, '')))));
    }
    const head = stems ?? t!;
    const want = words;
    if (want.length > head.length) return false;
    outer: for (let i = 0; i + want.length <= head.length; i++) {
      for (let k = 0; k < want.length; k++) if (stemOf(head[i + k]) !== want[k].stem) continue outer;
      return true;
    }
    return false;
  }

  private readonly titleCache = new Map<string, Token[]>();

  private titleTokens(title: string): Token[] {
    let t = this.titleCache.get(title);
    if (!t) this.titleCache.set(title, (t = this.reading.tokenize(title)));
    return t;
  }

  /** Whether the heading starts with the alias (profile sections: "Assessment and impressions"). */
  headingStartsWith(section: Section, alias: string): boolean {
    const head = this.headingStems[section.index];
    const want = this.reading.alias(alias).map((t) => t.stem);
    return want.length > 0 && want.length <= head.length && want.every((w, i) => head[i] === w);
  }
}

/** A block's text with its struck-through words as blanks (`Block.struck`): the same length, the same offsets. */
function unstruck(block: Block, text: string): string {
  if (!block.struck) return text;
  let out = text;
  for (const r of block.struck) out = out.slice(0, r.start) + ' '.repeat(r.end - r.start) + out.slice(r.end);
  return out;
}

/**
 * The words a block says. A bold label ("**Goal in the client's words:** ...") is template scaffolding: its words
 * count as a heading (see assess.ts), not as the clinician's text, or the label alone would cover sub-items. Words
 * struck through are blanks.
 */
function unitTokens(block: Block, reading: Reading): Token[] {
  const text = unstruck(block, block.text);
  const key = block.labelBold ? `\u0001${block.valueAt ?? ''}\u0001${text}` : text;
  let tokens = reading.paragraphs.get(key);
  if (tokens) return tokens;
  // The value starts after the label's colon, or after a run-in head's full stop ("**Plan.** Goals were ...").
  const from = block.labelBold ? valueStart(block) : 0;
  tokens =
    from <= 0
      ? reading.tokenize(text)
      : reading.tokenize(text.slice(from)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
  reading.paragraphs.set(key, tokens);
  return tokens;
}

/**
 * "Progress Note", "**Group Therapy Note**", "BIOPSYCHOSOCIAL ASSESSMENT": a line that names the kind of note
 * is not clinical content (its "progress" is no progress shown).
 */
function namesTheNote(b: Block): boolean {
  const line = b.text.trim();
  return !line.includes('\n') && line.split(/\s+/).length <= 10 && !/[.!?:]$/.test(line) && NOTE_KIND_WORDS.test(line);
}

function stemOf(x: string | Token): string {
  return typeof x === 'string' ? x : x.stem;
}

/**
 * Whether ConText's reading of a cue's sentence makes it no evidence, negation as the dimension reads it:
 * - `any`: absent ("no goals were set", "without consultation") or not looked at ("did not assess family"); a
 *   denial still counts ("denies SI" is a risk screen that was done);
 * - `unexplored`: only a topic nobody looked at ("family not assessed", "no family discussed"); "no family nearby"
 *   is an assessed deficit and counts;
 * - `strict` (a trigger that raises a dimension): any negation, denial included ("denies missing sessions").
 */
export function negatedAs(j: ContextJudgement, mode: NegationMode | 'strict'): boolean {
  if (j.unexplored) return true;
  if (mode === 'unexplored') return false;
  return !!j.negated || (mode === 'strict' && !!j.denied);
}

/** The words a pattern matched, from `start` to `end` in the text the tokens point into (none: no word in it). */
function tokenSpan(t: Token[], start: number, end: number): { i: number; n: number } | undefined {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= t.length || t[lo].start >= end) return undefined;
  let last = lo;
  while (last + 1 < t.length && t[last + 1].start < end) last++;
  return { i: lo, n: last - lo + 1 };
}

/** A line that is only a label ("Goals:", "Treatment goals (plan dated 11/06/2025):"), whose aside may hold a colon
 * ("Goals (agreed session 2, his words first: "keep my head"):"). */
export const LIST_LABEL = /^([^:\n]{1,80}|[^:\n(]{1,60}\([^()\n]{1,120}\)):[ \t]*$/;
/** A capitalised line of one to four words with no punctuation (after a form's "Section 3 - "), and more lines below
 * it in the same paragraph. */
const LINE_HEAD = /^(?:(?:Section|Part|Step) (?:\d{1,2}|[IVX]{1,4}) ?[-–—:.] ?)?([A-Z][A-Za-z'’/&-]*(?: [A-Za-z'’/&-]+){0,3})[ \t]*\r?\n(?=[ \t]*[A-Z0-9*_-])/;

/** Neither negated nor denied ("reports SI"; not "denies SI", "no SI"). */
function isAffirmed(j: ContextJudgement): boolean {
  return !j.negated && !j.denied && !j.unexplored;
}

/** A pattern match that starts with its own negation ("denies SI", "no HI", "negative for SI"). */
const NEGATING_START = /^(?:denie[sd]|deny|no|none|negative|neg|-)\b/i;

function excluded(j: ContextJudgement, mode: NegationMode | 'strict', policy: ContextPolicy | undefined): boolean {
  return negatedAs(j, mode) || (!!policy && ruledOut(j, policy));
}

function ruledOut(j: ContextJudgement, p: ContextPolicy): boolean {
  return !!((p.deferred && j.deferred) || (p.undecided && j.undecided) || (p.hypothetical && j.hypothetical) || (p.historical && j.historical) || (p.otherPerson && j.other) || (p.withinSession && j.exercise));
}

/** The last segment of a block that starts at or before a text offset (binary search: blocks can have thousands). */
function segmentAt(block: Block, textOffset: number): number {
  const segs = block.segments;
  let lo = 0;
  let hi = segs.length - 1;
  if (hi < 0 || segs[0].textStart > textOffset) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].textStart <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps an offset in a block's plain text back to the note. */
export function toSource(block: Block, textOffset: number): number {
  const i = segmentAt(block, textOffset);
  if (i < 0) return block.range.start;
  const s = block.segments[i];
  return s.srcStart + (s.length ? Math.min(textOffset - s.textStart, s.length) : 0);
}

/** The exact note range of a span of a block's text, or undefined where escapes make the mapping inexact. */
export function exactRange(block: Block, start: number, end: number): OffsetRange | undefined {
  // Segments start in strictly increasing order: only the one holding `start` can hold the span.
  const s = block.segments[segmentAt(block, start)];
  if (s && s.length && end <= s.textStart + s.length) {
    return { start: s.srcStart + (start - s.textStart), end: s.srcStart + (end - s.textStart) };
  }
  return undefined;
}

/** The letter a one-letter head is ("P", "P:", "p."), lower case; undefined for any other head. */
function letterTitle(sec: Section): string | undefined {
  return /^([A-Za-z])\s*[:.]?$/.exec(sec.title.trim())?.[1].toLowerCase();
}

/** Whether the words at a place are a named other person's: "Caden's goal is to play ball" (their son Caden). */
function ownedByNamed(flat: string, at: number, named: ReadonlySet<string>): boolean {
  const m = /\b([A-Za-z]+)['’]s\s+(?:own\s+|new\s+|main\s+|big\s+)?$/.exec(flat.slice(Math.max(0, at - 40), at));
  return !!m && named.has(m[1].toLowerCase());
}

interface LetterPlace {
  letter: string;
  nth: number;
  of: number;
}

/** Each item with a one-letter head: its letter, its place among the items with that letter, and how many there are. */
function placesByLetter<T>(items: readonly T[], letterOf: (x: T) => string | undefined): Map<T, LetterPlace> {
  const byLetter = new Map<string, T[]>();
  for (const x of items) {
    const l = letterOf(x);
    if (!l) continue;
    const list = byLetter.get(l) ?? [];
    list.push(x);
    byLetter.set(l, list);
  }
  const out = new Map<T, LetterPlace>();
  for (const [letter, list] of byLetter) list.forEach((x, nth) => out.set(x, { letter, nth, of: list.length }));
  return out;
}
