#!/usr/bin/env python3
"""Looks up each benchmark request by reference and email, as a resident would, and writes the
signed tracking links they are sent to. Usage: track_links.py BASE_URL DB_REFERENCES_FILE OUT_FILE"""
import sys, urllib.parse
from browser import Browser

base, refs, out = sys.argv[1], sys.argv[2], sys.argv[3]
links = []
for line in open(refs):
    reference, email = line.split()
    response = Browser(base).post("/track", reference=reference, contact=email)
    links.append(urllib.parse.urlparse(response.geturl())._replace(scheme="", netloc="").geturl())
open(out, "w").write("\n".join(links) + "\n")
