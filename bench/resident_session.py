#!/usr/bin/env python3
"""Signs a resident in as residents do (their email, then the code from the email FrontDoor wrote to MAIL_DIR) and
prints their Cookie header, for benchmarking their own pages. Usage: resident_session.py BASE_URL MAIL_DIR EMAIL"""
import glob, http.cookiejar, os, re, sys, time, urllib.parse, urllib.request

base, mail_dir, email = sys.argv[1], sys.argv[2], sys.argv[3]
TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

def post(path, **fields):
    page = opener.open(base + path).read().decode()
    fields["__RequestVerificationToken"] = TOKEN.search(page).group(1)
    return opener.open(base + path, urllib.parse.urlencode(fields).encode())

response = post("/account/sign-in", email=email)
code_page = urllib.parse.urlparse(response.geturl())
code = None
for _ in range(100):
    for path in sorted(glob.glob(os.path.join(mail_dir, "*.eml")), key=os.path.getmtime, reverse=True):
        text = open(path, encoding="utf-8", errors="replace").read()
        if email in text and (match := re.search(r"\b(\d{6})\b", text.split("\n\n", 1)[-1])):
            code = match.group(1)
            break
    if code: break
    time.sleep(0.2)
response = post(code_page.path + "?" + code_page.query, code=code)
if urllib.parse.urlparse(response.geturl()).path == "/account/create":
    post("/account/create", fullName="Bench Resident")
print("; ".join(f"{c.name}={c.value}" for c in jar))
