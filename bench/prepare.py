#!/usr/bin/env python3
"""Walks N residents through "Report a pothole" up to check your answers, like a browser would,
and writes one line per draft: the Cookie header and the anti-forgery token that sending it needs.
Usage: prepare.py BASE_URL COUNT OUT_FILE"""
import http.cookiejar, re, sys, urllib.parse, urllib.request

base, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')

def walk(i):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    def post(path, **fields):
        page = opener.open(base + path).read().decode()
        fields["__RequestVerificationToken"] = TOKEN.search(page).group(1)
        opener.open(base + path, urllib.parse.urlencode(fields).encode()).read()
    post("/services/pothole")
    post("/services/pothole/questions/where_on_road", answer="road")
    post("/services/pothole/questions/depth", answer="deep")
    post("/services/pothole/location/describe", description=f"Outside number {i}, Beech Lane")
    post("/services/pothole/upload")
    post("/services/pothole/questions/description", answer="A deep pothole")
    post("/services/pothole/contact", fullName=f"Bench Resident {i}", email=f"bench{i}@example.com")
    page = opener.open(base + "/services/pothole/check").read().decode()
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    return f"{cookie}\t{TOKEN.search(page).group(1)}"

with open(out, "w") as f:
    for i in range(count):
        f.write(walk(i) + "\n")
