#!/usr/bin/env python3
"""Signs in as a demo member of staff (password, then the authenticator code worked out from the demo
key, RFC 6238) and prints the Cookie header of the signed-in session.
Usage: staff_sign_in.py BASE_URL EMAIL PASSWORD BASE32_KEY"""
import base64, hashlib, hmac, struct, sys, time
from browser import Browser

base, email, password, key = sys.argv[1:5]
browser = Browser(base)
post = browser.post

def totp(secret):
    digest = hmac.new(base64.b32decode(secret), struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)

post("/staff/sign-in", email=email, password=password)
landed = post("/staff/sign-in/code", code=totp(key)).geturl()
if "/staff/sign-in" in landed:
    sys.exit(f"Sign-in failed: landed on {landed}")
print("; ".join(f"{c.name}={c.value}" for c in browser.jar if c.name == "fd-staff"))
