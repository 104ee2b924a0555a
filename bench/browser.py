"""A browser for the benchmark scripts: keeps cookies, and posts a form with the anti-forgery token of its page."""
import http.cookiejar, re, urllib.parse, urllib.request

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')


class Browser:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        return self.opener.open(self.base + path).read().decode()

    def token(self, path):
        return TOKEN.search(self.get(path)).group(1)

    def post(self, path, **fields):
        """GETs the page for its token, then posts the fields to it; returns the response (after redirects)."""
        fields["__RequestVerificationToken"] = self.token(path)
        return self.opener.open(self.base + path, urllib.parse.urlencode(fields).encode())

    def cookie_header(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)
