// Glob matching for the config's `ignore` list. A glob from a config file must not be able to freeze the editor, so
// it is compiled into a state machine (Thompson's construction) and run over the path one character at a time,
// keeping the set of states it may be in: time is at most the path's length times the glob's, whatever the glob
// (a backtracking regular expression takes exponential time on `**/**/**/...` or `*a*a*a*...`). Braces are states
// too, not expanded, so `{a,b}{c,d}...` stays small. Nothing here recurses.
//
// Syntax: `**/` any folders (none included), `**` elsewhere anything (slashes too), `*` and `?` within one segment,
// `[abc]`, `[a-z]`, `[!x]` one character of a segment, `{a,b}` alternatives (nested, may hold slashes; an unclosed
// one ends at the end), anything else literally. A match of a folder matches everything below it.

/** Longer globs are reported and dropped when a config is loaded: they cost time on every note. */
export const MAX_GLOB_LENGTH = 1000;

export interface GlobMatcher {
  test(path: string): boolean;
}

/** A state: consumes one character that `test` accepts and moves to `next[0]`, or (no test) moves on for free. */
interface State {
  test?: (c: string) => boolean;
  next: number[];
}

/** A piece of the machine: where it starts, and the states whose way out is still to be joined to what follows. */
interface Fragment {
  start: number;
  open: number[];
}

const notSlash = (c: string) => c !== '/';
const anyChar = () => true;

class Builder {
  readonly states: State[] = [];

  add(test?: (c: string) => boolean, next: number[] = []): number {
    this.states.push({ test, next });
    return this.states.length - 1;
  }

  /** A fragment that matches the empty string. */
  empty(): Fragment {
    const s = this.add();
    return { start: s, open: [s] };
  }

  one(test: (c: string) => boolean): Fragment {
    const s = this.add(test);
    return { start: s, open: [s] };
  }

  /** Any number of `test` characters, none included. */
  loop(test: (c: string) => boolean): Fragment {
    const l = this.add();
    this.states[l].next.push(this.add(test, [l]));
    return { start: l, open: [l] };
  }

  /** `**` and a slash: zero or more whole segments (any characters but a slash, then a slash). */
  folders(): Fragment {
    const l = this.add();
    const inSegment = this.add();
    this.states[inSegment].next.push(this.add(notSlash, [inSegment]), this.add((c) => c === '/', [l]));
    this.states[l].next.push(inSegment);
    return { start: l, open: [l] };
  }

  join(a: Fragment, b: Fragment): Fragment {
    for (const s of a.open) this.states[s].next.push(b.start);
    return { start: a.start, open: b.open };
  }

  either(alternatives: Fragment[]): Fragment {
    const s = this.add(undefined, alternatives.map((f) => f.start));
    return { start: s, open: alternatives.flatMap((f) => f.open) };
  }
}

/** One `[...]` class starting at `glob[i]`: its test and where it ends, or undefined when it is not closed. */
function charClass(glob: string, i: number): { test: (c: string) => boolean; end: number } | undefined {
  // A `]` right after `[` (or `[!`) belongs to the class, as in shells.
  const first = glob[i + 1] === '!' ? i + 2 : i + 1;
  const end = glob.indexOf(']', first + 1);
  if (end < 0) return undefined;
  const body = glob.slice(first, end);
  const ranges: [number, number][] = [];
  for (let k = 0; k < body.length; k++) {
    const lo = body.charCodeAt(k);
    if (body[k + 1] === '-' && k + 2 < body.length) {
      ranges.push([lo, body.charCodeAt(k + 2)]);
      k += 2;
    } else ranges.push([lo, lo]);
  }
  const negated = first === i + 2;
  const inClass = (c: string) => ranges.some(([lo, hi]) => c.charCodeAt(0) >= lo && c.charCodeAt(0) <= hi);
  return { test: (c) => c !== '/' && inClass(c) !== negated, end };
}

function compile(glob: string): { states: State[]; start: number; accept: number } {
  const b = new Builder();
  // One entry per open `{`: the alternatives so far and the sequence being read. Index 0 is the glob itself.
  const groups: { alternatives: Fragment[]; seq: Fragment }[] = [{ alternatives: [], seq: b.empty() }];
  const append = (f: Fragment) => {
    const g = groups[groups.length - 1];
    g.seq = b.join(g.seq, f);
  };
  const closeGroup = () => {
    const g = groups.pop()!;
    append(b.either([...g.alternatives, g.seq]));
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const folders = glob[i + 2] === '/';
      append(folders ? b.folders() : b.loop(anyChar));
      i += folders ? 2 : 1;
    } else if (c === '*') append(b.loop(notSlash));
    else if (c === '?') append(b.one(notSlash));
    else if (c === '{') groups.push({ alternatives: [], seq: b.empty() });
    else if (c === '}' && groups.length > 1) closeGroup();
    else if (c === ',' && groups.length > 1) {
      const g = groups[groups.length - 1];
      g.alternatives.push(g.seq);
      g.seq = b.empty();
    } else {
      const cls = c === '[' ? charClass(glob, i) : undefined;
      append(b.one(cls ? cls.test : (x) => x === c));
      if (cls) i = cls.end;
    }
  }
  while (groups.length > 1) closeGroup();
  // A folder matches everything below it: optionally a slash and anything.
  const below = b.join(b.one((c) => c === '/'), b.loop(anyChar));
  const whole = b.join(groups[0].seq, b.either([b.empty(), below]));
  const accept = b.add();
  for (const s of whole.open) b.states[s].next.push(accept);
  return { states: b.states, start: whole.start, accept };
}

function matcher(glob: string): GlobMatcher {
  const { states, start, accept } = compile(glob);
  const n = states.length;
  // Two sets of states (current and next) as arrays plus generation stamps: no allocation per character.
  let current = new Int32Array(n);
  let next = new Int32Array(n);
  // Each reach enters a state once and pushes each of its edges at most once: the edge count bounds the stack.
  const todo = new Int32Array(states.reduce((k, st) => k + st.next.length, 1));
  const seen = new Uint32Array(n);
  let generation = 0;
  /** Adds to `into` (from `size`) the consuming states reachable from `s` without consuming; returns the new size. */
  const reach = (s: number, into: Int32Array, size: number): number => {
    let top = 0;
    todo[top++] = s;
    while (top) {
      const t = todo[--top];
      if (seen[t] === generation) continue;
      seen[t] = generation;
      const state = states[t];
      if (state.test || t === accept) into[size++] = t;
      else for (const u of state.next) if (seen[u] !== generation) todo[top++] = u;
    }
    return size;
  };
  return {
    test(path) {
      generation++;
      let size = reach(start, current, 0);
      // UTF-16 units, as the glob is read: a character outside the BMP is two of them on both sides.
      for (let i = 0; i < path.length && size; i++) {
        const c = path[i];
        generation++;
        let nextSize = 0;
        for (let k = 0; k < size; k++) {
          const state = states[current[k]];
          if (state.test?.(c)) nextSize = reach(state.next[0], next, nextSize);
        }
        const swap = current;
        current = next;
        next = swap;
        size = nextSize;
      }
      for (let k = 0; k < size; k++) if (current[k] === accept) return true;
      return false;
    },
  };
}

const cache = new Map<string, GlobMatcher>();

/** The matcher for an absolute posix glob; compiled once. */
export function globMatcher(glob: string): GlobMatcher {
  let m = cache.get(glob);
  if (!m) cache.set(glob, (m = matcher(glob)));
  return m;
}

/** Why a glob written in a config cannot be used, or undefined. */
export function globProblem(glob: string): string | undefined {
  return glob.length > MAX_GLOB_LENGTH ? `is longer than ${MAX_GLOB_LENGTH} characters; shorten it` : undefined;
}
