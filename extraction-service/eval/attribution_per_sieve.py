#!/usr/bin/env python3
"""Direct-quote speaker accuracy per speaker sieve, on the answers AttributionExport wrote.

usage: attribution_per_sieve.py SCORER GOLD_DIR PRED_DIR
SCORER is ../shared/tools/attribution_score.py: its gold reading and overlap are used as they are, so
the gold quotes counted here are the scorer's "direct with source" ones. For each, the predicted claim
that decides is the direct-quote claim with a speaker overlapping the gold content most (any claim with a
speaker when no direct-quote claim overlaps); it counts for the sieve its speaker records (speaker.sieve;
claims no sieve chose show their kind in brackets), and is right when its speaker overlaps the gold source. Quotes with no predicted speaker count as "(no speaker)". The scorer
counts a quote right when any overlapping claim has the right speaker, so its total can differ by a few.
"unmatched" counts the sieve's predicted direct quotes that overlap no gold attribution at all.
"""
import importlib.util, json, os, sys
from collections import Counter


def load_scorer(path):
    spec = importlib.util.spec_from_file_location('attribution_score', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(path):
    if not os.path.exists(path):
        return []
    out = []
    for c in json.load(open(path, encoding='utf-8')).get('claims', []):
        s = c.get('speaker') or {}
        sieve = s.get('sieve') or '(' + c.get('kind', '?') + ')'
        out.append({'c': (c['start'], c['end']), 's': (s['start'], s['end']) if s else None,
                    'sieve': sieve if s else None, 'kind': c.get('kind')})
    return out


def main(scorer_path, gdir, pdir):
    scorer = load_scorer(scorer_path)
    ov = scorer.ov
    decided, right, unmatched = Counter(), Counter(), Counter()
    total = any_right = 0
    for name, (text, gold) in scorer.load_gold(gdir).items():
        preds = predictions(os.path.join(pdir, name + '.txt.json'))
        for g in gold:
            if not (g['direct'] and g['s'] is not None):
                continue
            total += 1
            spoken = [p for p in preds if p['s'] is not None and ov(p['c'], g['c']) > 0]
            if not spoken:
                decided['(no speaker)'] += 1
                continue
            # The direct-quote claim decides when there is one: an indirect claim over the whole sentence
            # often overlaps a gold quote more, but its speaker comes from another reading.
            quoted = [p for p in spoken if p['kind'] == 'direct_quote']
            best = max(quoted or spoken, key=lambda p: ov(p['c'], g['c']))
            decided[best['sieve']] += 1
            right[best['sieve']] += ov(best['s'], g['s']) > 0
            any_right += any(ov(p['s'], g['s']) > 0 for p in spoken)
        for p in preds:
            if p['kind'] == 'direct_quote' and p['s'] is not None and not any(ov(p['c'], g['c']) > 0 for g in gold):
                unmatched[p['sieve']] += 1
    print(f"{'sieve':28} {'decided':>8} {'right':>6} {'accuracy':>9} {'unmatched':>10}")
    for sieve in sorted(set(decided) | set(unmatched), key=lambda s: (-decided[s], s)):
        accuracy = f"{right[sieve] / decided[sieve]:.3f}" if decided[sieve] and sieve != '(no speaker)' else '-'
        print(f"{sieve:28} {decided[sieve]:8d} {right[sieve]:6d} {accuracy:>9} {unmatched[sieve]:10d}")
    print(f"{'total':28} {total:8d} {sum(right.values()):6d} {sum(right.values()) / max(1, total):9.3f}"
          f" {sum(unmatched.values()):10d}   (scorer, any overlapping claim: {any_right}/{total} = {any_right / max(1, total):.3f})")


if __name__ == '__main__':
    main(*sys.argv[1:4])
