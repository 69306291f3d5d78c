"""A tiny HTTP proxy for the outbound tests: CONNECT tunnels and absolute-form requests, to
loopback targets only. Prints its port on the first line of stdout, logs one line per request
("CONNECT 127.0.0.1:8080" / "POST http://…") to LOG, and exits after LIFETIME seconds.

    python3 connect_proxy.py LOG [LIFETIME_SECONDS]
"""
import os
import select
import socket
import sys
import threading
import urllib.parse

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def log(path, line):
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def read_head(connection):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(4096)
        if not chunk:
            return None, b""
        data += chunk
        if len(data) > 65536:
            return None, b""
    head, rest = data.split(b"\r\n\r\n", 1)
    return head.decode("latin-1"), rest


def pipe(a, b):
    sockets = [a, b]
    while True:
        readable, _, failed = select.select(sockets, [], sockets, 30)
        if failed or not readable:
            return
        for source in readable:
            data = source.recv(65536)
            if not data:
                return
            (b if source is a else a).sendall(data)


def handle(connection, log_path):
    try:
        head, rest = read_head(connection)
        if head is None:
            return
        lines = head.split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        log(log_path, "%s %s" % (method, target))
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            host = host.strip("[]")
            if host not in LOOPBACK:
                connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                return
            upstream = socket.create_connection((host, int(port)), timeout=10)
            connection.sendall(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            if rest:
                upstream.sendall(rest)
            pipe(connection, upstream)
            upstream.close()
            return
        url = urllib.parse.urlsplit(target)
        if url.hostname not in LOOPBACK:
            connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        upstream = socket.create_connection((url.hostname, url.port or 80), timeout=10)
        path = url.path + ("?" + url.query if url.query else "")
        kept = [l for l in lines[1:] if not l.lower().startswith(("proxy-", "connection:"))]
        upstream.sendall(("%s %s HTTP/1.1\r\n" % (method, path or "/")).encode("latin-1")
                         + "\r\n".join(kept + ["Connection: close"]).encode("latin-1") + b"\r\n\r\n" + rest)
        pipe(connection, upstream)
        upstream.close()
    except OSError:
        pass
    finally:
        connection.close()


def main():
    log_path = sys.argv[1]
    lifetime = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    timer = threading.Timer(lifetime, lambda: os._exit(0))
    timer.daemon = True
    timer.start()
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    open(log_path, "a").close()
    print(server.getsockname()[1], flush=True)
    while True:
        connection, _ = server.accept()
        threading.Thread(target=handle, args=(connection, log_path), daemon=True).start()


if __name__ == "__main__":
    main()
