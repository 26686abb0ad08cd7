// Language that carries judgment, from a data list (language/stigmatizing-terms.ts), with a suggested wording.
// Not flagged: the client's own words in direct quotes or block quotes, code, and ambiguous words outside the
// context that makes them stigmatizing ("clean" clothes, a "wheelchair user", "alcoholic beverages").
import { stigmatizingTerms } from '../language/stigmatizing-terms.js';
import {
  CLINICAL_LEAD_WORDS,
  CLINICAL_NEXT_WORDS,
  HARM_REDUCTION_NEXT_WORDS,
  NOT_PERSON_NEXT_WORDS,
  PERSON_LEAD_WORDS,
  SUBJECT_WORDS,
  SUBSTANCE_STATUS_WORDS,
  SUBSTANCE_WORDS,
  USER_LEAD_WORDS,
} from '../language/stigmatizing-context.js';
import type { TermCondition, TermEntry } from '../language/types.js';
import { clip, fit, sentence } from './message.js';
import type { Rule } from './types.js';
import type { TextEdit } from '../types.js';
import { exactRange } from '../read/analysis.js';
import { ARTICLES, MAX_MODIFIERS, describesPerson, leadIndex, modifiersBetween, type Word } from './term-modifiers.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SUBSTANCE = new Set(SUBSTANCE_WORDS);
const STATUS_CONTEXT = new Set([...SUBSTANCE_WORDS, ...SUBSTANCE_STATUS_WORDS]);
const USER_LEAD = new Set([...USER_LEAD_WORDS, ...SUBSTANCE_WORDS]);
const PERSON_LEAD = new Set(PERSON_LEAD_WORDS);
const NOT_PERSON_NEXT = new Set(NOT_PERSON_NEXT_WORDS);
const SUBJECTS = new Set(SUBJECT_WORDS);
const CLINICAL_LEAD = new Set(CLINICAL_LEAD_WORDS);
const CLINICAL_NEXT = new Set(CLINICAL_NEXT_WORDS);
const HARM_REDUCTION_NEXT = new Set(HARM_REDUCTION_NEXT_WORDS);

function words(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ w: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Spans of the block's text inside double quotes: the client's own words, reported, not judged. */
function quotedSpans(text: string): [number, number][] {
  // What /“[^”]*”|"[^"\n]*"/g finds, without re-reading the rest of the text from every unclosed quote: each
  // character is looked for with indexOf from where it was last found, so the text is read a few times in all.
  const next = (ch: string) => {
    let at = -2;
    return (from: number) => (at === -1 || at >= from ? at : (at = text.indexOf(ch, from)));
  };
  const [openCurly, closeCurly, straight, newline] = [next('“'), next('”'), next('"'), next('\n')];
  const spans: [number, number][] = [];
  for (let i = 0; ; ) {
    const c = openCurly(i);
    const q = straight(i);
    if (c < 0 && q < 0) return spans;
    if (c >= 0 && (q < 0 || c < q)) {
      const end = closeCurly(c + 1);
      if (end < 0) return spans.concat(quotedSpansStraight(q, straight, newline));
      spans.push([c, end + 1]);
      i = end + 1;
    } else {
      const end = straight(q + 1);
      const nl = newline(q + 1);
      if (end >= 0 && (nl < 0 || nl > end)) {
        spans.push([q, end + 1]);
        i = end + 1;
      } else i = q + 1;
    }
  }
}

/** The straight-quote spans from `q` on, once no curly quote can close any more. */
function quotedSpansStraight(q: number, straight: (from: number) => number, newline: (from: number) => number): [number, number][] {
  const spans: [number, number][] = [];
  while (q >= 0) {
    const end = straight(q + 1);
    const nl = newline(q + 1);
    if (end >= 0 && (nl < 0 || nl > end)) {
      spans.push([q, end + 1]);
      q = straight(end + 1);
    } else q = end;
  }
  return spans;
}

function contextOk(cond: TermCondition | undefined, ws: Word[], text: string, i: number, n: number): boolean {
  const prev = ws[i - 1]?.w;
  const prev2 = ws[i - 2]?.w;
  const next = ws[i + n]?.w;
  switch (cond) {
    case undefined:
      return true;
    case 'substance-person':
      return (!!prev && USER_LEAD.has(prev)) || (next === 'of' && !!ws[i + n + 1] && SUBSTANCE.has(ws[i + n + 1].w));
    case 'substance-status': {
      if (next && HARM_REDUCTION_NEXT.has(next)) return false;
      for (let k = Math.max(0, i - 4); k <= Math.min(ws.length - 1, i + n + 3); k++) if (k !== i && STATUS_CONTEXT.has(ws[k].w)) return true;
      return false;
    }
    case 'person-noun': {
      if (next && NOT_PERSON_NEXT.has(next)) return false;
      // "an alcoholic", and through a few describing words: "an active alcoholic", "a 52-year-old diabetic".
      const lead = ws[leadIndex(ws, text, i)]?.w;
      return ws[i + n - 1].w.endsWith('s') || (!!prev && PERSON_LEAD.has(prev)) || (!!lead && PERSON_LEAD.has(lead));
    }
    case 'verb-of-person':
      return (!!prev && SUBJECTS.has(prev)) || (!!prev2 && SUBJECTS.has(prev2));
    case 'not-clinical-term':
      return !(prev && CLINICAL_LEAD.has(prev)) && !(next && CLINICAL_NEXT.has(next));
  }
}

/** Whether the suggestion reads right in place; "is diabetic" or "clean for 30 days" need rewording, not a swap. */
function fixable(cond: TermCondition | undefined, ws: Word[], text: string, i: number): boolean {
  if (cond === 'substance-status' || cond === 'substance-person') return false;
  if (cond === 'person-noun') return ARTICLES.has(ws[leadIndex(ws, text, i)]?.w ?? '');
  return true;
}

/**
 * Where a term that starts with an article ends, when the text has it with up to MAX_MODIFIERS describing words
 * after the article ("the chronic schizophrenic" for "a schizophrenic"): the index after its last word, and how many
 * modifiers there were. An indefinite article in a term stands for any article (the term labels a person); "the"
 * (a group: "the mentally ill") only for itself.
 */
function articleTermEnd(c: Compiled, ws: Word[], text: string, i: number, used: Set<number>): { end: number; gap: number } | undefined {
  const n = c.parts.length;
  for (let gap = 0; gap <= MAX_MODIFIERS && i + gap + n <= ws.length; gap++) {
    const at = i + 1 + gap;
    let ok = modifiersBetween(ws, text, i, at) === gap;
    for (let k = 1; k < n && ok; k++) ok = wordMatches(ws[at + k - 1].w, c.parts[k], k === n - 1) && !used.has(at + k - 1);
    if (ok) return { end: at + n - 1, gap };
  }
  return undefined;
}

const PERSON_NOUN = /^(?:(?:a|an|the)\s+)?(?:person|people)\b/i;

/**
 * Whether the words describing a person noun can stay before "person" in its replacement: "an active person with
 * alcohol use disorder" reads right, "a paranoid person with schizophrenia" says something else, so it gets no fix.
 */
function modifiersFitPerson(c: Compiled, ws: Word[], text: string, i: number, gap: number): boolean {
  if (!PERSON_NOUN.test(c.entry.suggestion)) return true;
  const [from, to] = gap > 0 ? [i + 1, i + 1 + gap] : [leadIndex(ws, text, i) + 1, i];
  for (let k = from; k < to; k++) if (!describesPerson(ws[k].w)) return false;
  return true;
}

/** Terms whose first word is an article, by the article they may start with. */
function articleCandidates(index: TermIndex, w: string): Compiled[] {
  const indefinite = [...(index.get('a') ?? []), ...(index.get('an') ?? [])];
  return w === 'the' ? [...(index.get('the') ?? []), ...indefinite] : indefinite;
}

/**
 * The replacement of an article term found through modifiers: the text's own article and modifiers, then the
 * suggestion after its article ("the chronic schizophrenic" -> "the chronic person with schizophrenia"). Undefined
 * when the suggestion has no article to put them before ("the chronically mentally ill").
 */
function withModifiers(suggestion: string, text: string, article: Word, first: Word): string | undefined {
  const m = /^(?:a|an|the)\s+/i.exec(suggestion);
  return m ? `${text.slice(article.start, first.start)}${suggestion.slice(m[0].length)}` : undefined;
}

interface Compiled {
  entry: TermEntry;
  parts: string[];
}

function compile(entries: TermEntry[]): Compiled[] {
  return entries
    .map((entry) => ({ entry, parts: words(entry.term).map((w) => w.w) }))
    .filter((c) => c.parts.length)
    .sort((a, b) => b.parts.length - a.parts.length);
}

const builtIn = compile(stigmatizingTerms);

type TermIndex = Map<string, Compiled[]>;

/** Terms by first word, longest first. */
function indexTerms(list: Compiled[]): TermIndex {
  const m: TermIndex = new Map();
  for (const c of list) {
    const k = c.parts[0];
    m.set(k, [...(m.get(k) ?? []), c].sort((a, b) => b.parts.length - a.parts.length));
  }
  return m;
}

/** Terms that may start at a word: its own form, or its singular for one-word terms ("addicts"). */
function candidates(index: TermIndex, w: string): Compiled[] {
  const own = index.get(w) ?? [];
  const singular = w.endsWith('es') ? [w.slice(0, -1), w.slice(0, -2)] : w.endsWith('s') ? [w.slice(0, -1)] : [];
  const more = singular.flatMap((x) => (index.get(x) ?? []).filter((c) => c.parts.length === 1));
  return more.length ? [...own, ...more] : own;
}

/** The rule's options as config validation leaves them (schema.json `stigmatizingSetting`): dropped entries are holes. */
interface Options {
  allow?: (string | undefined)[];
  terms?: (Omit<TermEntry, 'source'> & { source?: string } | undefined)[];
  defaults?: boolean;
  personFirst?: boolean;
}

const builtInIndex = indexTerms(builtIn);
/** The index a config's options make, once per options object (and per content: the lint worker gets copies). */
const byOptions = new WeakMap<object, TermIndex | null>();
const byContent = new Map<string, TermIndex | null>();

/** The terms these options flag, indexed by first word; null when none is left. */
function termIndex(opts: Options): TermIndex | null {
  if (!opts.allow?.length && !opts.terms?.length && opts.defaults === undefined && opts.personFirst === undefined) return builtInIndex;
  let index = byOptions.get(opts);
  if (index !== undefined) return index;
  const key = JSON.stringify(opts);
  index = byContent.get(key);
  if (index === undefined) {
    const allow = new Set((opts.allow ?? []).flatMap((t) => (typeof t === 'string' ? [t.toLowerCase()] : [])));
    const agency = (opts.terms ?? []).flatMap((t) => (t ? [{ ...t, source: t.source ?? 'agency configuration' }] : []));
    let list: Compiled[] = opts.defaults === false ? [] : builtIn;
    if (agency.length) list = [...compile(agency), ...list].sort((a, b) => b.parts.length - a.parts.length);
    if (opts.personFirst === false) list = list.filter((c) => !c.entry.personFirst);
    list = list.filter((c) => !allow.has(c.entry.term.toLowerCase()));
    index = list.length ? indexTerms(list) : null;
    if (byContent.size >= 16) byContent.delete(byContent.keys().next().value!);
    byContent.set(key, index);
  }
  byOptions.set(opts, index);
  return index;
}

function wordMatches(actual: string, want: string, last: boolean): boolean {
  return actual === want || (last && (actual === `${want}s` || actual === `${want}es`));
}

/** What replaces the term, or undefined when the suggestion is advice rather than wording ("describe the behavior"). */
export function replacementFor(entry: TermEntry, matched: string): string | undefined {
  const s = entry.suggestion.trim();
  // A suggestion with an instruction in it ("did not follow the plan (state what and the barrier)") needs the
  // clinician's own words: it is advice, not a replacement.
  if (!s || /[()]/.test(s) || /^(?:describe|state|omit)\b/i.test(s)) return undefined;
  let r = s;
  if (matched === matched.toUpperCase() && /[A-Z]/.test(matched) && matched.length > 1) r = r.toUpperCase();
  else if (/^[A-Z]/.test(matched)) r = r[0].toUpperCase() + r.slice(1);
  return r;
}

export const stigmatizingLanguage: Rule = {
  id: 'stigmatizing-language',
  title: 'Stigmatizing language',
  kind: 'language',
  fixable: true,
  description: 'Wording that labels or doubts the client, with a person-first, neutral alternative.',
  defaultLevel: 'warning',
  check(ctx) {
    const index = termIndex(ctx.options as Options);
    if (!index) return;
    // What may start at an article, looked up once per lint rather than at every "a" and "the".
    const byArticle = new Map(
      [...ARTICLES].map((a) => [a, [...articleCandidates(index, a), ...candidates(index, a).filter((x) => !ARTICLES.has(x.parts[0]))]]),
    );
    // The analysis has already split every content block into words (cached across lints): reuse them.
    for (const { block, tokens } of ctx.analysis.units) {
      if (block.quoted || block.kind === 'heading') continue;
      const ws: Word[] = tokens.map((t) => ({ w: t.word, start: t.start, end: t.end }));
      const quotes = quotedSpans(block.text);
      const used = new Set<number>();
      let q = 0;
      // Each word looks up only the terms that start with it (longest first).
      for (let i = 0; i < ws.length; i++) {
        if (used.has(i)) continue;
        const isArticle = ARTICLES.has(ws[i].w);
        for (const c of isArticle ? byArticle.get(ws[i].w)! : candidates(index, ws[i].w)) {
          let n = c.parts.length;
          let gap = 0;
          if (isArticle && ARTICLES.has(c.parts[0]) && n > 1) {
            const found = articleTermEnd(c, ws, block.text, i, used);
            if (!found) continue;
            n = found.end - i;
            gap = found.gap;
          } else {
            if (i + n > ws.length) continue;
            let ok = true;
            for (let k = 0; k < n && ok; k++) ok = wordMatches(ws[i + k].w, c.parts[k], k === n - 1) && !used.has(i + k);
            if (!ok) continue;
          }
          if (!contextOk(c.entry.when, ws, block.text, i, n)) continue;
          const start = ws[i].start;
          const end = ws[i + n - 1].end;
          // Quotes and words both run left to right: move past the quotes that end before this word.
          while (q < quotes.length && quotes[q][1] <= start) q++;
          if (q < quotes.length && start >= quotes[q][0] && end <= quotes[q][1]) continue;
          for (let k = 0; k < n; k++) used.add(i + k);
          const matched = block.text.slice(start, end);
          let range = exactRange(block, start, end);
          let replacement = fixable(c.entry.when, ws, block.text, i) ? replacementFor(c.entry, matched) : undefined;
          if (replacement && isArticle && ARTICLES.has(c.parts[0]) && (gap > 0 || ws[i].w !== c.parts[0])) {
            // Found through modifiers or with another article: keep the text's own article and modifiers.
            replacement = withModifiers(c.entry.suggestion, block.text, ws[i], ws[i + 1 + gap]);
          }
          if (replacement && !modifiersFitPerson(c, ws, block.text, i, gap)) replacement = undefined;
          // "an addict" -> "a person with...": take the article along so it agrees. Across a line break ("an" at a
          // line's end) the article is its own edit, so that the break stays, LF or CRLF alike.
          const article = ws[i - 1];
          let articleEdit: TextEdit | undefined;
          if (range && replacement && article && (article.w === 'a' || article.w === 'an') && !/^(?:a|an)\b/i.test(replacement)) {
            const art = /^[aeiou]/i.test(replacement) ? 'an' : 'a';
            const cased = block.text[article.start] === 'A' ? art[0].toUpperCase() + art.slice(1) : art;
            const broken = block.text.slice(article.end, start).includes('\n');
            const wide = broken ? undefined : exactRange(block, article.start, end);
            const own = broken ? exactRange(block, article.start, article.end) : undefined;
            if (wide) {
              replacement = `${cased} ${replacement}`;
              range = wide;
            } else if (own && cased !== block.text.slice(article.start, article.end)) articleEdit = { range: own, newText: cased };
          }
          const { suggestion } = c.entry;
          ctx.report({
            // The term and the wording to prefer; an agency's long term or suggestion is cut to keep to one row.
            message: fit(
              `"${matched}" can read as a judgment of the client. Prefer: ${suggestion}.`,
              `"${matched}" reads as a judgment. Prefer: ${suggestion}.`,
              `"${clip(matched, 30)}" reads as a judgment. Prefer: ${clip(suggestion, 55)}.`,
            ),
            why: c.entry.note ? sentence(c.entry.note) : undefined,
            source: c.entry.source,
            range: range ?? { start: block.range.start, end: block.range.start },
            fix:
              range && replacement
                ? { title: `Replace with "${replacement}"`, kind: 'reword', edits: [...(articleEdit ? [articleEdit] : []), { range, newText: replacement }] }
                : undefined,
          });
        }
      }
    }
  },
};
