// micromark's inline HTML, made linear. An unclosed `<!--` (or `<?`, `<![CDATA[`, `<!X`) in a paragraph makes
// micromark read to the end of the paragraph looking for its end, fail, and do it again from the next one: a
// paragraph of "x <!--" repeated takes quadratic time. When such a scan has run to the end of its paragraph without
// finding the end marker, no later opener of the same kind in that paragraph can find it either: those fail at once.
// Everything else is micromark's own construct, unchanged.
import { htmlText } from 'micromark-core-commonmark';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

type Kind = 'comment' | 'instruction' | 'cdata' | 'declaration';

/** Per paragraph tokenizer: the kinds whose scan reached the end, and the span it covered. */
const ranToEnd = new WeakMap<TokenizeContext, Map<Kind, { from: number; to: number }>>();

function kindOf(codes: Code[]): Kind | undefined {
  if (codes[0] !== 60) return undefined; // <
  if (codes[1] === 63) return 'instruction'; // <?
  if (codes[1] !== 33 || codes.length < 3) return undefined; // <!
  if (codes[2] === 91) return 'cdata'; // <![
  if (codes[2] === 45) return codes.length === 4 && codes[3] === 45 ? 'comment' : undefined; // <!--
  return codes[2] !== null && /[A-Za-z]/.test(String.fromCharCode(codes[2])) ? 'declaration' : undefined;
}

const linearHtmlText: Construct = {
  name: 'htmlTextLinear',
  // After the autolink construct, where micromark's own htmlText sits.
  add: 'after',
  tokenize(this: TokenizeContext, effects, ok, nok) {
    const self = this;
    const from = self.now().offset;
    const codes: Code[] = [];
    let kind: Kind | undefined;
    let done = false;
    const known = () => {
      const r = kind && ranToEnd.get(self)?.get(kind);
      return !!r && r.from < from && from < r.to;
    };
    const watched: Effects = {
      ...effects,
      consume(code) {
        if (codes.length < 4) {
          codes.push(code);
          kind = kindOf(codes) ?? kind;
        }
        effects.consume(code);
      },
    };
    const succeed: State = (code) => {
      done = true;
      return ok(code);
    };
    const fail: State = (code) => {
      done = true;
      // `null` is the end of the paragraph: the end marker is nowhere after `from` in it.
      if (code === null && kind) {
        let m = ranToEnd.get(self);
        if (!m) ranToEnd.set(self, (m = new Map()));
        m.set(kind, { from, to: self.now().offset });
      }
      return nok(code);
    };
    // Each state of the inner construct, until it hands over to ok or nok (whose states are the caller's).
    const wrap =
      (state: State): State =>
      (code) => {
        if (known()) return fail(code);
        const next = state(code);
        return done || typeof next !== 'function' ? next : wrap(next);
      };
    return wrap(htmlText.tokenize.call(self, watched, succeed, fail));
  },
};

/** A micromark extension: this construct instead of micromark's own inline HTML. */
export const linearHtmlTextExtension: Extension = {
  disable: { null: ['htmlText'] },
  text: { 60: linearHtmlText },
};
