#!/usr/bin/env python3
"""Scores the pairs find-duplicates reported for a sample of customers against the planted duplicates.
Precision: of the pairs reported, how many were planted. Recall: of the planted pairs with a record in the
sample, how many were reported. Usage: score_duplicates.py planted.csv sample.txt found.csv"""
import re, sys

planted = {frozenset(map(int, l.split(","))) for l in open(sys.argv[1]) if l.strip()}
sample = {int(l) for l in open(sys.argv[2]) if l.strip()}
found = {frozenset(map(int, l.split(","))) for l in open(sys.argv[3]) if re.fullmatch(r"\d+,\d+", l.strip())}
reachable = {p for p in planted if p & sample}
true = found & planted
precision = len(true) / len(found) if found else 0
recall = len(true & reachable) / len(reachable) if reachable else 0
print(f"   {len(sample)} customers checked: {len(found)} pairs reported, {len(true)} of them planted; "
      f"{len(reachable)} planted pairs in reach")
print(f"   precision {precision:.3f}, recall {recall:.3f}")
