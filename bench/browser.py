"""A browser for the benchmark scripts: keeps cookies, and posts a form with the anti-forgery token of its page when it has
one (a public page cached for visitors without cookies has none), saying the post comes from the same site, as browsers do."""
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
        found = TOKEN.search(self.get(path))
        return found.group(1) if found else None

    def post(self, path, **fields):
        """GETs the page for its token, then posts the fields to it; returns the response (after redirects)."""
        token = self.token(path)
        if token:
            fields["__RequestVerificationToken"] = token
        request = urllib.request.Request(self.base + path, urllib.parse.urlencode(fields).encode(), {"Sec-Fetch-Site": "same-origin"})
        return self.opener.open(request)

    def cookie_header(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)
