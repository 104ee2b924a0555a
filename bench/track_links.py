#!/usr/bin/env python3
"""Looks up each benchmark request by reference and email, as a resident would, and writes the
signed tracking links they are sent to. Usage: track_links.py BASE_URL DB_REFERENCES_FILE OUT_FILE"""
import http.cookiejar, re, sys, urllib.parse, urllib.request

base, refs, out = sys.argv[1], sys.argv[2], sys.argv[3]
TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')
links = []
for line in open(refs):
    reference, email = line.split()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    token = TOKEN.search(opener.open(base + "/track").read().decode()).group(1)
    response = opener.open(base + "/track", urllib.parse.urlencode({"reference": reference, "email": email, "__RequestVerificationToken": token}).encode())
    links.append(urllib.parse.urlparse(response.geturl())._replace(scheme="", netloc="").geturl())
open(out, "w").write("\n".join(links) + "\n")
