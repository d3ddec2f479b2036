#!/usr/bin/env python3
"""Independent check of the site's skill figures, straight from the O*NET 29.3 text files.

    python3 bench/onet/similarity.py ../shared/onet-29.3 43-4051.00 15-1299.09 [more code pairs...]

For each pair (A, B) prints: the cosine similarity of the two occupations' skill-importance vectors after
centring each skill on its mean over every rated occupation; the skills important in both (importance >= 3) where
A's level is at least B's (they carry over); and the skills important in B where B's level is above A's, largest gap
first, with the gap in O*NET level points. The unit test OnetFiguresTest compares the site's own computation with
numbers this script printed. With --distribution it prints the spread of the similarity over every pair of rated
occupations, which the bands on the site are set against.
"""
import csv
import math
import os
import sys
from collections import defaultdict


def load(folder):
    names, ratings = {}, defaultdict(dict)
    with open(os.path.join(folder, 'Skills.txt'), encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            names.setdefault(r['Element ID'], r['Element Name'])
            ratings[r['O*NET-SOC Code']].setdefault(r['Element ID'], {})[r['Scale ID']] = float(r['Data Value'])
    rated = [c for c in ratings if len(ratings[c]) == len(names)]
    means = {e: sum(ratings[c][e]['IM'] for c in rated) / len(rated) for e in names}
    return names, ratings, rated, means


def similarity(a, b, ratings, means):
    xa = [ratings[a][e]['IM'] - means[e] for e in means]
    xb = [ratings[b][e]['IM'] - means[e] for e in means]
    dot = sum(x * y for x, y in zip(xa, xb))
    return dot / (math.sqrt(sum(x * x for x in xa)) * math.sqrt(sum(y * y for y in xb)))


def transition(a, b, names, ratings):
    carry, build = [], []
    for e in names:
        ra, rb = ratings[a][e], ratings[b][e]
        if ra['IM'] >= 3 and rb['IM'] >= 3 and ra['LV'] >= rb['LV']:
            carry.append(names[e])
        if rb['IM'] >= 3 and rb['LV'] > ra['LV']:
            build.append((round(rb['LV'] - ra['LV'], 2), names[e]))
    build.sort(key=lambda g: -g[0])
    return carry, build


def main():
    folder, *rest = sys.argv[1:]
    names, ratings, rated, means = load(folder)
    if rest == ['--distribution']:
        values = sorted(similarity(a, b, ratings, means) for i, a in enumerate(rated) for b in rated[i + 1:])
        for q in (0.5, 0.75, 0.9, 0.95, 0.99):
            print('quantile %.2f: %.3f' % (q, values[int(q * (len(values) - 1))]))
        return
    for a, b in zip(rest[0::2], rest[1::2]):
        carry, build = transition(a, b, names, ratings)
        print('%s -> %s similarity %.6f' % (a, b, similarity(a, b, ratings, means)))
        print('  carry over: ' + '; '.join(carry))
        print('  to build:   ' + '; '.join('%s +%.2f' % (n, g) for g, n in build))


if __name__ == '__main__':
    main()
