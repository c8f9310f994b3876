"""Checks of the built documentation site (`make docs` runs it after `mkdocs build`).

    python tests/docs_check.py [SITE_DIR]

Over every HTML file of the site: no page over 1 MB, no internal link to a missing file or anchor,
no private name (`_rt.`, `NOT_GIVEN`) in a rendered signature and no internal base class
(`TrackOperations`, `SyncClientCore`, `_…`) in a "Bases:" line. Then, in headless Chromium
(Debian's `chromium`), a few pages served from loopback: a screenshot of each (SITE_DIR/_screenshots
unless DOCS_SCREENSHOTS names a directory), no console error or uncaught exception, no page wider
than the window, and every code block that does not fit scrolls.

Chromium missing is a failure that says so; DOCS_BROWSER_CHECK=0 skips the browser part on purpose
(the site checks still run).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import html.parser
import http.server
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MAX_PAGE_BYTES = 1_000_000
PRIVATE_IN_SIGNATURES = ("_rt.", "NOT_GIVEN")
# The bases of the clients and batchers are implementation: a "Bases:" line must not name them.
INTERNAL_BASE = re.compile(r"\b(_\w+|\w*Operations|\w*ClientCore|\w*BatcherCore)\b")
# The pages looked at in the browser: the home page, and the Track, App and errors pages (guide
# and reference).
BROWSER_PAGES = (
    "index.html",
    "track/index.html",
    "reference/track/index.html",
    "app/index.html",
    "reference/app/index.html",
    "reference/app-people/index.html",
    "errors-and-retries/index.html",
    "reference/errors/index.html",
)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--remote-debugging-pipe",
)
WINDOW = (1280, 900)
PAGE_TIMEOUT_S = 60.0


class _PageParser(html.parser.HTMLParser):
    """The ids a page defines, the links it makes, and the text of its signatures."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.signatures: list[str] = []
        self.bases: list[str] = []
        self._capture: list[str] | None = None
        self._signature_depth = 0
        self._depth = 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key) and (key == "id" or tag == "a"):
                self.ids.add(str(values[key]))
        for key in ("href", "src"):
            if values.get(key) and tag in ("a", "link", "script", "img"):
                self.links.append(str(values[key]))
        if tag in ("br", "img", "link", "meta", "input", "hr", "wbr", "source"):
            return
        self._depth += 1
        classes = (values.get("class") or "").split()
        if self._signature_depth == 0 and ("doc-signature" in classes or "doc-class-bases" in classes):
            self._signature_depth = self._depth
            self._capture = self.signatures if "doc-signature" in classes else self.bases
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "img", "link", "meta", "input", "hr", "wbr", "source"):
            return
        if self._signature_depth and self._depth == self._signature_depth:
            assert self._capture is not None
            self._capture.append("".join(self._text))
            self._signature_depth = 0
        self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._signature_depth:
            self._text.append(data)


def _parse(page: Path) -> _PageParser:
    parser = _PageParser()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser


def _target_file(site: Path, page: Path, link: str) -> tuple[Path, str] | None:
    """The file and fragment an internal link points at; None for external links."""
    parts = urllib.parse.urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:", "data:")):
        return None
    if not parts.path:
        return page, parts.fragment
    here = "/" + page.parent.relative_to(site).as_posix()
    path = posixpath.normpath(posixpath.join(here, urllib.parse.unquote(parts.path)))
    target = site / path.lstrip("/")
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def check_site(site: Path) -> list[str]:
    problems: list[str] = []
    pages = sorted(site.rglob("*.html"))
    if not pages:
        return [f"no HTML pages under {site}"]
    parsed = {page: _parse(page) for page in pages}
    links = 0
    signatures = 0
    for page, parser in parsed.items():
        name = page.relative_to(site).as_posix()
        size = page.stat().st_size
        if size > MAX_PAGE_BYTES:
            problems.append(f"{name}: {size:,} bytes, over {MAX_PAGE_BYTES:,}")
        for signature in parser.signatures:
            signatures += 1
            for private in PRIVATE_IN_SIGNATURES:
                if private in signature:
                    problems.append(f"{name}: {private!r} in the signature {' '.join(signature.split())[:120]}")
        for bases in parser.bases:
            internal = [base for base in INTERNAL_BASE.findall(bases)]
            if internal:
                problems.append(f"{name}: internal base classes shown: {', '.join(internal)}")
        for link in parser.links:
            target = _target_file(site, page, link)
            if target is None:
                continue
            links += 1
            file, fragment = target
            if not file.is_file():
                problems.append(f"{name}: broken link {link}")
            elif fragment and file.suffix == ".html":
                ids = parsed[file].ids if file in parsed else _parse(file).ids
                if urllib.parse.unquote(fragment) not in ids:
                    problems.append(f"{name}: broken link {link} (no #{fragment} there)")
    largest = max(pages, key=lambda page: page.stat().st_size)
    print(
        f"docs-check: {len(pages)} pages, {links:,} internal links, {signatures:,} signatures; largest "
        f"{largest.relative_to(site).as_posix()} ({largest.stat().st_size:,} bytes)"
    )
    return problems


class _Browser:
    """Chromium driven over the DevTools protocol on a pipe (fd 3 in, fd 4 out, NUL-separated)."""

    def __init__(self, executable: str, profile: str) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # Chromium reads the pipe on fd 3 and writes on fd 4: a shell moves the ends there
        self._process = subprocess.Popen(
            [
                "sh",
                "-c",
                f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}',
                executable,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(to_browser_r, from_browser_w),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def _messages(self, deadline: float) -> Iterator[dict[str, Any]]:
        while True:
            while b"\0" in self._buffer:
                message, self._buffer = self._buffer.split(b"\0", 1)
                yield json.loads(message)
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError(f"Chromium exited (status {self._process.poll()})")
            self._buffer += chunk

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        for answer in self._messages(time.monotonic() + PAGE_TIMEOUT_S):
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            self.events.append(answer)
        raise AssertionError("unreachable")

    def wait_for(self, method: str, session: str) -> None:
        for index, event in enumerate(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                del self.events[index]
                return
        for event in self._messages(time.monotonic() + PAGE_TIMEOUT_S):
            if event.get("method") == method and event.get("sessionId") == session:
                return
            self.events.append(event)

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.send("Browser.close")
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)


def _page_errors(events: list[dict[str, Any]], session: str, origin: str) -> list[str]:
    errors: list[str] = []
    for event in events:
        if event.get("sessionId") != session:
            continue
        params = event.get("params", {})
        if event.get("method") == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            errors.append(
                f"uncaught exception: {details.get('exception', {}).get('description') or details.get('text')}"
            )
        elif event.get("method") == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            text = " ".join(str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", []))
            errors.append(f"console.{params['type']}: {text}")
        elif event.get("method") == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            if entry.get("source") == "network" and not str(entry.get("url", "")).startswith(origin):
                # fonts and the repository widget come from the internet, which the check does not need
                continue
            errors.append(f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
    return errors


# Run in each page once loaded: what does not fit the window, and code blocks cut off.
_LAYOUT_PROBE = """(() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth + 1) {
    problems.push(`page is ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
  }
  for (const block of document.querySelectorAll("pre > code")) {
    if (block.scrollWidth > block.clientWidth + 1) {
      const overflow = getComputedStyle(block).overflowX;
      if (overflow !== "auto" && overflow !== "scroll") {
        problems.push(`code block cut off (overflow-x: ${overflow}): ${block.textContent.slice(0, 60)}`);
      }
    }
  }
  return JSON.stringify(problems);
})()"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path != CANARY_PATH:
            super().do_GET()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(_CANARY_PAGE)))
        self.end_headers()
        self.wfile.write(_CANARY_PAGE)

    def log_message(self, format: str, *args: Any) -> None:
        pass


# Served at CANARY_PATH beside the site: a page made to fail three ways (console.error, an uncaught
# exception, a missing image). A check that does not see all three must not pass.
CANARY_PATH = "/_docs_check_canary.html"
_CANARY_PAGE = (
    b"<!doctype html><title>canary</title><img src='/_docs_check_missing.png'>"
    b"<script>console.error('docs-check canary'); throw new Error('docs-check canary');</script>"
)
# After the load event, scripts still run (search index, instant navigation): wait a moment.
_SETTLE = "new Promise(resolve => setTimeout(() => resolve(true), 1000))"


def _visit(browser: _Browser, url: str, origin: str) -> tuple[list[str], bytes]:
    """Open `url` in a fresh tab: its errors and layout problems, and a screenshot."""
    target = browser.send("Target.createTarget", url="about:blank")["targetId"]
    session = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    try:
        for domain in ("Page", "Runtime", "Log"):
            browser.send(f"{domain}.enable", session)
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            session,
            width=WINDOW[0],
            height=WINDOW[1],
            deviceScaleFactor=1,
            mobile=False,
        )
        browser.send("Page.navigate", session, url=url)
        browser.wait_for("Page.loadEventFired", session)
        browser.send("Runtime.evaluate", session, expression=_SETTLE, awaitPromise=True)
        layout = json.loads(browser.send("Runtime.evaluate", session, expression=_LAYOUT_PROBE)["result"]["value"])
        shot = base64.b64decode(browser.send("Page.captureScreenshot", session, format="png")["data"])
        errors = _page_errors(browser.events, session, origin) + layout
    finally:
        browser.events = [event for event in browser.events if event.get("sessionId") != session]
        browser.send("Target.closeTarget", targetId=target)
    return errors, shot


def check_in_browser(site: Path, executable: str, screenshots: Path) -> list[str]:
    problems: list[str] = []
    screenshots.mkdir(parents=True, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    with tempfile.TemporaryDirectory(prefix="docs-check-chromium-") as profile:
        browser = _Browser(executable, profile)
        try:
            canary = _visit(browser, base + CANARY_PATH.lstrip("/"), base)[0]
            expected = ("console.error: docs-check canary", "uncaught exception", "404 (")
            if not all(any(part in error for error in canary) for part in expected):
                problems.append(f"the console check does not see a page's errors (saw {canary})")
            else:
                print(f"docs-check: the canary page's errors are seen ({len(canary)} reported)")
            for page in BROWSER_PAGES:
                if not (site / page).is_file():
                    problems.append(f"{page}: not built")
                    continue
                errors, shot = _visit(browser, base + page.removesuffix("index.html"), base)
                name = page.removesuffix("/index.html").removesuffix("index.html").replace("/", "-") or "home"
                (screenshots / f"{name}.png").write_bytes(shot)
                problems += [f"{page}: {error}" for error in errors]
                print(f"docs-check: {page} in Chromium: {len(errors)} problems, screenshot {screenshots / name}.png")
        finally:
            browser.close()
            server.shutdown()
            server.server_close()
    return problems


def main(argv: list[str]) -> int:
    site = Path(argv[1] if len(argv) > 1 else "site").resolve()
    problems = check_site(site)
    if os.environ.get("DOCS_BROWSER_CHECK", "1") == "0":
        print("docs-check: browser check SKIPPED (DOCS_BROWSER_CHECK=0)")
    else:
        executable = shutil.which("chromium") or shutil.which("chromium-browser")
        if executable is None:
            problems.append(
                "Chromium not found: install Debian's `chromium` (apt-get install -y chromium), "
                "or set DOCS_BROWSER_CHECK=0 to skip the browser check"
            )
        else:
            screenshots = Path(os.environ.get("DOCS_SCREENSHOTS") or site / "_screenshots")
            problems += check_in_browser(site, executable, screenshots)
    for problem in problems:
        print(f"docs-check: {problem}", file=sys.stderr)
    print(f"docs-check: {'FAILED, ' + str(len(problems)) + ' problems' if problems else 'passed'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
