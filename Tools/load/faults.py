#!/usr/bin/env python3
"""Faults sent to a serving `sanctuary serve` while wrk loads it: oversized headers and bodies, slow clients
trickling their requests, malformed requests and query parameters. Prints one JSON object: how many of each
were sent, what came back, and every answer that was not the expected kind. Usage: faults.py PORT SECONDS"""
import json
import socket
import sys
import threading
import time

PORT = int(sys.argv[1])
SECONDS = float(sys.argv[2])
results = {}
unexpected = []
lock = threading.Lock()


def exchange(data, pause=0.0, timeout=30):
    """Sends `data` (byte by byte with `pause` between when given) and returns the status code, or None."""
    connection = socket.create_connection(("127.0.0.1", PORT), timeout=timeout)
    try:
        try:
            if pause:
                for index in range(len(data)):
                    connection.sendall(data[index:index + 1])
                    time.sleep(pause)
            else:
                connection.sendall(data)
        except OSError:
            pass  # the server may answer and close before an oversized request is all sent: read its answer
        answer = b""
        while b"\r\n" not in answer:
            chunk = connection.recv(4096)
            if not chunk:
                break
            answer += chunk
        parts = answer.split(b" ", 2)
        return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    except OSError:
        return None
    finally:
        connection.close()


def record(kind, status, expected):
    with lock:
        results.setdefault(kind, {}).setdefault(str(status), 0)
        results[kind][str(status)] += 1
        if not expected(status):
            unexpected.append({"fault": kind, "status": status})


def get(target, headers=b""):
    return b"GET " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + b"Connection: close\r\n\r\n"


client_error = lambda status: status is not None and 400 <= status < 500
answered = lambda status: status == 200

MALFORMED = [
    get(b"/v1/entities?limit=abc"), get(b"/v1/entities?limit=0"), get(b"/v1/entities?limit=%zz"),
    get(b"/v1/entities?q=a&q=b"), get(b"/v1/entities?nearby=x"), get(b"/v1/entities?km=5"),
    get(b"/v1/near?place=Brussels&km=-1"), get(b"/v1/near?place=Brussels&km=1e400"),
    get(b"/v1/entities?since=2020-13-45"), get(b"/v1/entities?cursor=%FF%FE"), get(b"/v1/entities?cursor=eyJ"),
    get(b"/v1/connections?from=&to="), get(b"/v1/convergences?by=nothing"), get(b"/v1/entities/abc"),
    get(b"/v1/entities?q=\xff\xfe"), get(b"/v1/who"), get(b"/assets/../Package.swift"),
    b"GARBAGE\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n",
]


def malformed():
    while time.time() < deadline:
        for request in MALFORMED:
            record("malformed", exchange(request), client_error)


def oversized():
    header = b"X-Filler: " + b"a" * 200_000 + b"\r\n"
    body = b"{\"q\": \"" + b"a" * 2_000_000 + b"\"}"
    post = (b"POST /v1/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    while time.time() < deadline:
        record("oversized header", exchange(get(b"/v1/entities?q=casa", header)), client_error)
        record("oversized body", exchange(post), client_error)


def slow():
    while time.time() < deadline:
        record("slow client", exchange(get(b"/v1/entities?q=casa"), pause=0.05), answered)


deadline = time.time() + SECONDS
threads = [threading.Thread(target=malformed), threading.Thread(target=oversized)]
threads += [threading.Thread(target=slow) for _ in range(20)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps({"sent": results, "unexpected": unexpected[:20], "unexpected_count": len(unexpected)}))
