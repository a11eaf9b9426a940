#!/usr/bin/env python3
"""Scores CorefComparison's rows: the speaker sieves against CoreNLP's coreference on the hard cases.

usage: coref_compare.py ROWS.jsonl REFERENTS.tsv [--cases]
ROWS.jsonl is what io.crosscheck.extraction.eval.CorefComparison wrote (one row per article and per gold case; the
class comment says which cases are hard and how each answer is read). REFERENTS.tsv gives attribution-dev's hard cases
the name they refer to, which PolNeAR does not annotate (see the file's header); quotes-dev has it (speaker_canonical).
A speaker is right as quote_score.py's strict reading: the answer's last word (accents and case folded, a possessive
dropped) is the gold name's last word; an unresolved role or pronoun is right only where the gold is itself that
unnamed description (GGT's convention: 'addiction experts' speaks as 'addiction experts').
Per corpus and coreference algorithm: hard cases, ours right, coref right (from our speaker mention), both, only
ours, only coref; 'gated' = ours unless our answer is an unresolved pronoun or role and coreference names someone
(a proper-name mention in its chain), then coreference's; 'gold-mention' = coreference from the gold mention (its
resolution alone, an upper bound). Cost: ms per article of the extraction, of coreference on top, the ratio
(extraction + coreference) / extraction over all articles, and the gated ratio (coreference only on articles with
an unresolved quote speaker). --cases prints every hard case with both answers.
"""
import json, re, sys, unicodedata
from collections import defaultdict


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s or '') if not unicodedata.combining(c)).lower()


def last(s):
    w = re.findall(r"[a-z][a-z'\-]*", fold(s))
    if not w:
        return ''
    return re.sub(r"'s?$", '', w[-1])


def right(answer, gold):
    return bool(answer) and bool(gold) and last(answer) == last(gold)


def referents(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        p = line.rstrip('\n').split('\t')
        out[p[0]] = p[3]
    return out


def main(rows_path, referents_path, show):
    rows = [json.loads(l) for l in open(rows_path, encoding='utf-8')]
    labels = referents(referents_path)
    articles = [r for r in rows if r['type'] == 'article']
    algorithms = list(articles[0]['coref_ms'].keys())
    print(f"{'corpus':16} {'algorithm':13} {'hard':>5} {'ours':>5} {'coref':>6} {'both':>5} {'only ours':>9} "
          f"{'only coref':>10} {'gated':>6} {'gold-mention':>12} {'ours ms':>8} {'coref ms':>8} {'ratio':>6} "
          f"{'gated ratio':>11}")
    for corpus in ('quotes-dev', 'attribution-dev'):
        arts = [a for a in articles if a['corpus'] == corpus]
        if not arts:
            continue
        cases = [r for r in rows if r['type'] == 'case' and r['corpus'] == corpus and r['hard']]
        unlabelled = 0
        for c in cases:
            if corpus == 'attribution-dev':
                c['gold'] = labels.get(c['id'], '')
                unlabelled += not c['gold']
        cases = [c for c in cases if c['gold']]
        ours_ms = sum(a['ours_ms'] for a in arts)
        for alg in algorithms:
            t = defaultdict(int)
            sub = defaultdict(lambda: defaultdict(int))
            for c in cases:
                o = right(c['ours'], c['gold'])
                co = c['coref'].get(alg)
                k = right(co['answer'], c['gold']) if co else False
                cg = c['coref_gold_mention'].get(alg)
                g = right(cg['answer'], c['gold']) if cg else False
                names = bool(co) and co['kind'].startswith('proper')
                gated = k if (c['ours_unresolved'] and c['ours'] and names) else o
                kind = 'pronoun' if c['head_pos'] in ('PRP', 'WP') else 'common noun'
                for d in (t, sub[kind], sub['ours unresolved' if c['ours_unresolved'] else 'ours resolved']):
                    d['n'] += 1; d['ours'] += o; d['coref'] += k; d['both'] += o and k; d['only_ours'] += o and not k
                    d['only_coref'] += k and not o; d['gated'] += gated; d['gold'] += g
            coref_ms = sum(a['coref_ms'].get(alg, 0) for a in arts)
            gated_ms = sum(a['coref_ms'].get(alg, 0) for a in arts if a['needs_coref'])
            print(f"{corpus:16} {alg:13} {t['n']:5} {t['ours']:5} {t['coref']:6} {t['both']:5} {t['only_ours']:9} "
                  f"{t['only_coref']:10} {t['gated']:6} {t['gold']:12} {ours_ms / len(arts):8.0f} "
                  f"{coref_ms / len(arts):8.0f} {(ours_ms + coref_ms) / ours_ms:6.2f} {(ours_ms + gated_ms) / ours_ms:11.2f}")
            for kind in ('pronoun', 'common noun', 'ours resolved', 'ours unresolved'):
                d = sub[kind]
                print(f"  {'':14} {'- ' + kind:>15} {d['n']:3} {d['ours']:5} {d['coref']:6} {d['both']:5} "
                      f"{d['only_ours']:9} {d['only_coref']:10} {d['gated']:6} {d['gold']:12}")
        needs = sum(a['needs_coref'] for a in arts)
        print(f"  {corpus}: {len(arts)} articles, {needs} with an unresolved quote speaker (gated runs coreference on "
              f"those); {unlabelled} hard cases without a referent label left out")
    if show:
        for c in rows:
            if c['type'] == 'case' and c['hard'] and c.get('gold'):
                print(json.dumps({k: c[k] for k in ('id', 'mention', 'gold', 'ours', 'ours_sieve', 'coref', 'context')
                                  if k in c}, ensure_ascii=False))


if __name__ == '__main__':
    a = sys.argv[1:]
    if len(a) < 2:
        sys.exit(__doc__)
    main(a[0], a[1], '--cases' in a)
