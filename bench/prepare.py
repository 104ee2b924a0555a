#!/usr/bin/env python3
"""Walks N residents through "Report a pothole" up to check your answers, like a browser would,
and writes one line per draft: the Cookie header and the anti-forgery token that sending it needs.
Usage: prepare.py BASE_URL COUNT OUT_FILE"""
import sys
from browser import Browser

base, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def walk(i):
    browser = Browser(base)
    post = browser.post
    post("/services/pothole")
    post("/services/pothole/questions/where_on_road", answer="road")
    post("/services/pothole/questions/depth", answer="deep")
    post("/services/pothole/location/describe", description=f"Outside number {i}, Beech Lane")
    post("/services/pothole/upload")
    post("/services/pothole/questions/description", answer="A deep pothole")
    post("/services/pothole/contact", fullName=f"Bench Resident {i}", email=f"bench{i}@example.com")
    return f"{browser.cookie_header()}\t{browser.token('/services/pothole/check')}"

with open(out, "w") as f:
    for i in range(count):
        f.write(walk(i) + "\n")
