#!/usr/bin/env python3
"""Turns sample rows (space-separated, from run_sql) into search addresses for wrk: customers get a misspelt
name, an initial and surname, a postcode and an email each; properties a postcode, a partial postcode and a house
and street each. Usage: ... | search_urls.py customers|properties"""
import random, sys, urllib.parse

rng = random.Random(7)
kind = sys.argv[1]
for line in sys.stdin:
    parts = line.split()
    if kind == "customers":
        *name, email, postcode = parts
        fore, sur = name[0], name[-1]
        i = rng.randrange(1, len(sur))
        queries = [f"{fore} {sur[:i] + sur[i + 1:]}", f"{fore[0]} {sur}", postcode, email]
        path = "/staff/customers?q="
    else:
        *line1, outward, inward = parts
        queries = [f"{outward} {inward}", f"{outward} {inward[0]}", " ".join(line1[:2])]
        path = "/staff/properties?q="
    for q in queries:
        print(path + urllib.parse.quote_plus(q))
