#!/usr/bin/env python3
"""A local test server for `claims fetch`: fixed routes, a log of request times per host.

Listens on 127.0.0.1 and 127.0.0.2 (two hosts on one free port), prints the port on the
first line of stdout, and stops when stdin closes or after --lifetime seconds. Every
request is one JSON line in --log: host, path, start, end, and the requests in flight for
that host when it started (so tests measure gaps and concurrency without timing code).
"""
import argparse, json, os, socket, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body><article>
<h1>{title}</h1><p>Five soldiers were killed and twelve were injured when a convoy was
attacked near the border, the defence ministry said on Tuesday.</p>
<p>Officials said 40 mines had been cleared from the road since the start of the month.</p>
</article></body></html>"""

lock = threading.Lock()
in_flight = {}
log_file = None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="text/html; charset=utf-8", extra=(), length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for k, v in extra:
            self.send_header(k, v)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        host = self.headers.get("Host", "").split(":")[0]
        start = time.time()
        with lock:
            in_flight[host] = in_flight.get(host, 0) + 1
            concurrent = in_flight[host]
        try:
            self.route(host)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            end = time.time()
            with lock:
                in_flight[host] -= 1
                log_file.write(json.dumps({"host": host, "path": self.path, "start": start, "end": end,
                                           "concurrent": concurrent,
                                           "agent": self.headers.get("User-Agent", "")}) + "\n")
                log_file.flush()

    def route(self, host):
        path = self.path.split("?")[0]
        port = self.server.server_address[1]
        if path == "/robots.txt":
            body = b"User-agent: *\nDisallow: /private/\nAllow: /private/open\n\nUser-agent: otherbot\nDisallow: /\n"
            return self.send(200, body, "text/plain")
        if path.startswith("/ok/") or path.startswith("/private/"):
            time.sleep(0.2)  # long enough that requests would overlap without a per-host limit
            return self.send(200, PAGE.format(title="Page " + path).encode())
        if path == "/slow":
            time.sleep(8)
            return self.send(200, PAGE.format(title="Slow").encode())
        if path == "/missing":
            return self.send(404, b"<html><body>Not found</body></html>")
        if path == "/broken":
            return self.send(500, b"<html><body>Internal error</body></html>")
        if path == "/moved":
            return self.send(301, b"", extra=[("Location", "/ok/target")])
        if path == "/loop-a":
            return self.send(302, b"", extra=[("Location", "/loop-b")])
        if path == "/loop-b":
            return self.send(302, b"", extra=[("Location", "/loop-a")])
        if path == "/chain":
            n = int(self.path.split("n=")[1]) if "n=" in self.path else 0
            return self.send(302, b"", extra=[("Location", "/chain?n=%d" % (n + 1))])
        if path == "/to-private":
            return self.send(302, b"", extra=[("Location", "/private/secret")])
        if path == "/to-ftp":
            return self.send(302, b"", extra=[("Location", "ftp://127.0.0.1/file")])
        if path == "/huge":  # no Content-Length: only counting bytes can stop it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.close_connection = True
            self.end_headers()
            chunk = b"<p>" + b"x" * 8189 + b"</p>"
            for _ in range(1024):  # 8 MiB
                self.wfile.write(chunk)
            return
        if path == "/huge-declared":
            return self.send(200, b"x" * (3 << 20))
        if path == "/image":
            return self.send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        if path == "/latin1-header":  # the header lies: the body is UTF-8
            body = PAGE.format(title="Caf\u00e9 report").encode("utf-8")
            return self.send(200, body, "text/html; charset=iso-8859-1")
        return self.send(404, b"not found")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", required=True)
    parser.add_argument("--lifetime", type=float, default=300)
    args = parser.parse_args()
    global log_file
    log_file = open(args.log, "a")
    first = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = first.server_address[1]
    servers = [first, ThreadingHTTPServer(("127.0.0.2", port), Handler)]
    for s in servers:
        s.daemon_threads = True
        threading.Thread(target=s.serve_forever, daemon=True).start()
    print(port, flush=True)
    # Stop when the test closes stdin, or when the lifetime runs out.
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    time.sleep(args.lifetime)
    os._exit(0)


if __name__ == "__main__":
    main()
