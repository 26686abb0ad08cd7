#!/usr/bin/env python3
"""A learned second opinion on Clinote's "missing" findings: an experiment, not shipped (README, issue 9).

Per dimension, an L1-regularized logistic regression over the note's words (binary letters-only unigrams and bigrams
found in >= 20 training notes) and the rule's own decision, trained only on each older set's *first-run* decision
(test/fixtures/accuracy-holdout*/_labelling/first-run-*.json, every finding) against its adjudicated labels. Settings
fixed before set 131 was measured: C=1, balanced classes, rule feature x3, missing when p > 0.6.

  python3 scripts/research/learned-gate.py rolling        # train on sets < lo, test on lo..hi, for a few blocks
  python3 scripts/research/learned-gate.py set 132        # train on sets < 132, test on set 132's first run
  ... --no-names                                          # without words read as proper names (fixed before set 133)
  python3 scripts/research/learned-gate.py export FILE --no-names   # fit on every first run, write the weights (TS data)
  python3 scripts/research/learned-gate.py parity WEIGHTS OUT 139 140  # its probabilities on those sets, for the TS test

Needs scikit-learn (Debian: apt-get install python3-sklearn; run with /usr/bin/python3). Reads only the fixtures.
"""
import collections, glob, json, os, re, sys, warnings

warnings.filterwarnings('ignore')
import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'fixtures')


def rows():
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, 'accuracy-holdout*', '_labelling', 'first-run-*.json'))):
        k = int(re.search(r'holdout(\d+)', f).group(1))
        d = json.load(open(f))
        if isinstance(d, list) or 'scores' not in d:
            continue  # the earliest first runs kept no per-note errors
        errs = collections.defaultdict(set)
        for e in d['errors']:
            errs[e['kind']].add((e['note'], e.get('id')))
        sd = os.path.dirname(os.path.dirname(f))
        for md in sorted(glob.glob(os.path.join(sd, '*.md'))):
            n = os.path.basename(md)
            lab = json.load(open(md[:-3] + '.expected.json'))
            text = open(md).read()
            for dim in lab['missing'] + lab['present']:
                y = dim in lab['missing']
                rule = (y and (n, dim) not in errs['fn']) or ((not y) and (n, dim) in errs['fp'])
                out.append(dict(set=k, note=n, dim=dim, y=int(y), rule=int(rule), text=text))
    return out


NO_NAMES = '--no-names' in sys.argv


def vocabulary(texts):
    """The words a clinician could read as a reason: without those the training notes write as proper names (after a
    lowercase letter, comma or semicolon and a space, capitalised more often than not)."""
    base = CountVectorizer(ngram_range=(1, 2), min_df=20, binary=True, token_pattern=r"(?u)\b[^\W\d_]{2,}\b").fit(texts)
    low, cap = collections.Counter(), collections.Counter()
    for text in texts:
        for m in re.finditer(r"(?<=[a-z,;] )([^\W\d_]{2,})", text):
            (cap if m.group(1)[0].isupper() else low)[m.group(1).lower()] += 1
    proper = {w for w in cap if cap[w] > low[w]}
    return sorted(t for t in base.vocabulary_ if not any(w in proper for w in t.split()))


def evaluate(train, test):
    meta = lambda rs: csr_matrix(np.array([[r['rule']] for r in rs], dtype=float))
    notes = {(r['set'], r['note']): r['text'] for r in train}
    texts = list(notes.values())
    vec = CountVectorizer(ngram_range=(1, 2), min_df=20, binary=True, token_pattern=r"(?u)\b[^\W\d_]{2,}\b", vocabulary=vocabulary(texts) if NO_NAMES else None).fit(texts)
    rule_c, gate_c = collections.Counter(), collections.Counter()
    for dim in sorted(set(r['dim'] for r in test)):
        tr = [r for r in train if r['dim'] == dim]
        te = [r for r in test if r['dim'] == dim]
        ytr = np.array([r['y'] for r in tr]); yte = np.array([r['y'] for r in te]); rule = np.array([r['rule'] for r in te])
        if len(set(ytr)) < 2 or len(tr) < 30:
            pred = rule
        else:
            X = hstack([vec.transform([r['text'] for r in tr]), meta(tr) * 3]).tocsr()
            m = LogisticRegression(C=1, penalty='l1', solver='liblinear', max_iter=5000, class_weight='balanced').fit(X, ytr)
            pred = (m.predict_proba(hstack([vec.transform([r['text'] for r in te]), meta(te) * 3]).tocsr())[:, 1] > 0.6).astype(int)
        for p, c in ((rule, rule_c), (pred, gate_c)):
            c['tp'] += int(((p == 1) & (yte == 1)).sum()); c['fp'] += int(((p == 1) & (yte == 0)).sum()); c['fn'] += int(((p == 0) & (yte == 1)).sum())
    fmt = lambda c: f"{c['tp']} right, {c['fp']} wrong, {c['fn']} gaps: P {c['tp'] / max(1, c['tp'] + c['fp']):.3f} R {c['tp'] / max(1, c['tp'] + c['fn']):.3f}"
    return fmt(rule_c), fmt(gate_c)


def export(train, out):
    """Fits the gate on every set with a first run and writes its weights as data for src/core/read/second-opinion.ts:
    per dimension the intercept, the rule's weight (its decision is scaled by RULE_SCALE) and each word's weight."""
    notes = {(r['set'], r['note']): r['text'] for r in train}
    texts = list(notes.values())
    vec = CountVectorizer(ngram_range=(1, 2), min_df=20, binary=True, token_pattern=r"(?u)\b[^\W\d_]{2,}\b", vocabulary=vocabulary(texts) if NO_NAMES else None).fit(texts)
    names = vec.get_feature_names_out()
    dims = {}
    for dim in sorted(set(r['dim'] for r in train)):
        tr = [r for r in train if r['dim'] == dim]
        ytr = np.array([r['y'] for r in tr])
        if len(set(ytr)) < 2 or len(tr) < 30:
            continue
        X = hstack([vec.transform([r['text'] for r in tr]), csr_matrix(np.array([[r['rule']] for r in tr], dtype=float)) * 3]).tocsr()
        m = LogisticRegression(C=1, penalty='l1', solver='liblinear', max_iter=5000, class_weight='balanced').fit(X, ytr)
        w = m.coef_[0]
        words = {str(names[i]): round(float(w[i]), 4) for i in range(len(names)) if round(float(w[i]), 4) != 0}
        dims[dim] = {'intercept': round(float(m.intercept_[0]), 4), 'rule': round(float(w[-1]), 4), 'rows': len(tr), 'words': dict(sorted(words.items()))}
    sets = sorted(set(r['set'] for r in train))
    meta = {'trainedOn': f'first runs of {len(sets)} labelled sets, {sets[0]}-{sets[-1]} ({len(notes)} notes)', 'threshold': 0.6, 'ruleScale': 3, 'dimensions': dims}
    body = json.dumps(meta, indent=1, ensure_ascii=False)
    with open(out, 'w') as f:
        f.write('// The learned second opinion\'s weights (read/second-opinion.ts): data, written by\n'
                '// `/usr/bin/python3 scripts/research/learned-gate.py export src/core/language/second-opinion.ts --no-names`.\n'
                '// Do not edit by hand: refit instead. Per dimension: the intercept, the weight of the rules\' own decision (scaled\n'
                '// by ruleScale) and the weight of each word or word pair present in the note (lower case, letters only).\n'
                "import type { SecondOpinionModel } from '../read/second-opinion.js';\n\n"
                f'export const SECOND_OPINION: SecondOpinionModel = {body};\n')


def parity(weights, out, sets):
    """The fitted model's probability (rules' decision: not missing) for every dimension of every note of `sets`, with
    the notes tokenized as the fit did: test/core/second-opinion.test.ts checks that the TypeScript reading agrees."""
    src = open(weights).read()
    model = json.loads(src[src.index('= {') + 2:src.rindex('}') + 1])
    vocab = sorted({w for d in model['dimensions'].values() for w in d['words']})
    vec = CountVectorizer(ngram_range=(1, 2), binary=True, token_pattern=r"(?u)\b[^\W\d_]{2,}\b", vocabulary=vocab)
    rows_out = []
    for s in sets:
        for md in sorted(glob.glob(os.path.join(ROOT, f'accuracy-holdout{s}', '*.md'))):
            x = vec.transform([open(md).read()])
            present = {vocab[i] for i in x.nonzero()[1]}
            for dim, d in sorted(model['dimensions'].items()):
                z = d['intercept'] + sum(w for t, w in d['words'].items() if t in present)
                rows_out.append({'note': os.path.relpath(md, ROOT), 'dimension': dim, 'probability': round(1 / (1 + np.exp(-z)), 6)})
    with open(out, 'w') as f:
        f.write('[\n' + ',\n'.join(json.dumps(r, separators=(',', ':')) for r in rows_out) + '\n]\n')


if __name__ == '__main__':
    data = rows() if sys.argv[1:2] != ['parity'] else []
    if sys.argv[1:2] == ['parity']:
        parity(sys.argv[2], sys.argv[3], [int(x) for x in sys.argv[4:]])
    elif sys.argv[1:2] == ['export']:
        export(data, sys.argv[2])
    elif sys.argv[1:2] == ['set']:
        s = int(sys.argv[2])
        r, g = evaluate([x for x in data if x['set'] < s], [x for x in data if x['set'] == s])
        print(f'set {s}: rules {r}; with the gate {g}')
    else:
        for lo, hi in ((60, 80), (80, 100), (100, 115), (115, 131)):
            r, g = evaluate([x for x in data if x['set'] < lo], [x for x in data if lo <= x['set'] < hi])
            print(f'sets {lo}-{hi - 1}: rules {r}; with the gate {g}')
