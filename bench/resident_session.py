#!/usr/bin/env python3
"""Signs a resident in as residents do (their email, then the code from the email FrontDoor wrote to MAIL_DIR) and
prints their Cookie header, for benchmarking their own pages. Usage: resident_session.py BASE_URL MAIL_DIR EMAIL"""
import glob, os, re, sys, time, urllib.parse
from browser import Browser

base, mail_dir, email = sys.argv[1], sys.argv[2], sys.argv[3]
browser = Browser(base)
code_page = urllib.parse.urlparse(browser.post("/account/sign-in", email=email).geturl())
code = None
for _ in range(100):
    for path in sorted(glob.glob(os.path.join(mail_dir, "*.eml")), key=os.path.getmtime, reverse=True):
        text = open(path, encoding="utf-8", errors="replace").read()
        if email in text and (match := re.search(r"\b(\d{6})\b", text.split("\n\n", 1)[-1])):
            code = match.group(1)
            break
    if code: break
    time.sleep(0.2)
response = browser.post(code_page.path + "?" + code_page.query, code=code)
if urllib.parse.urlparse(response.geturl()).path == "/account/create":
    browser.post("/account/create", fullName="Bench Resident")
print(browser.cookie_header())
