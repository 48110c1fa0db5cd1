#!/usr/bin/env python3
"""Pack HTML files into a WARC file, one `response` record (HTTP 200, text/html) per file.

  scripts/warc-pack.py [--gzip member|whole|none] [--repeat N] OUT PATH...

PATH is a file or a folder; a folder's files are taken in sorted byte order of their names, as
`claims` walks a folder. A `.gz` input file is unpacked first. Each record's WARC-Target-URI is
https://example.test/<file name>. `--gzip member` (default) writes one gzip member per record,
as crawlers do; `whole` gzips the whole file as one member; `none` writes a plain .warc.
`--repeat N` writes the set N times (a big archive for the memory benchmark), streaming.
`--loose DIR` also writes each page packed, unpacked, as DIR/NNNN-<name> (a folder that
`claims` walks in the same order as the archive's records).
Used by the tests and by `make bench`; the standard library only.
"""
import argparse
import gzip
import io
import os
import sys
import uuid


def inputs(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path), key=os.fsencode):
                full = os.path.join(path, name)
                if os.path.isfile(full) and not name.startswith("."):
                    yield full
        else:
            yield path


def page(path):
    with open(path, "rb") as f:
        data = f.read()
    name = os.path.basename(path)
    if name.endswith(".gz"):
        data = gzip.decompress(data)
        name = name[:-3]
    return name, data


def record(name, payload, number):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(payload) + payload
    header = (
        "WARC/1.1\r\n"
        "WARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=number)}>\r\n"
        "WARC-Date: 2026-11-30T12:00:00Z\r\n"
        f"WARC-Target-URI: https://example.test/{name}\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return header + http + b"\r\n\r\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gzip", choices=["member", "whole", "none"], default="member")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--loose")
    parser.add_argument("out")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    files = list(inputs(args.paths))
    pages = [page(p) for p in files]
    if args.loose:
        os.makedirs(args.loose, exist_ok=True)
        for i, (name, data) in enumerate(pages):
            with open(os.path.join(args.loose, f"{i:04d}-{name}"), "wb") as f:
                f.write(data)
    number = 0
    with open(args.out, "wb") as raw:
        out = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) if args.gzip == "whole" else raw
        for _ in range(args.repeat):
            for name, data in pages:
                number += 1
                rec = record(name, data, number)
                out.write(gzip.compress(rec, mtime=0) if args.gzip == "member" else rec)
        if out is not raw:
            out.close()
    print(f"warc-pack: {number} records from {len(files)} files -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
