"""A TCP proxy in front of PostgreSQL that can make the database go away: `outage(seconds)` drops every
connection and refuses new ones, then listens again on the same port. Used by the worker crash tests and by
benchmarks/soak.py (a restart as the app sees it, without touching a server others use)."""

import contextlib
import socket
import threading
import time


class OutageProxy:
    """127.0.0.1:<port> → PostgreSQL. `outage(seconds)` drops every connection and refuses new ones."""

    def __init__(self, target, backlog=50):
        self.target, self.backlog = target, backlog
        self.links = []
        self.lock = threading.Lock()
        self.listener = self._listen(0)
        self.port = self.listener.getsockname()[1]
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _listen(self, port):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(self.backlog)
        return listener

    def _accept(self):
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                time.sleep(0.05)
                continue
            try:
                server = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.links += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def outage(self, seconds):
        old = self.listener
        self.listener = socket.socket()  # accept() fails on this unbound socket until the listener is back
        old.close()
        with self.lock:
            for s in self.links:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                    s.close()
                except OSError:
                    pass
            self.links = []
        time.sleep(seconds)
        placeholder, self.listener = self.listener, self._listen(self.port)
        placeholder.close()

    def close(self):
        self.closed = True
        self.listener.close()
        with self.lock:
            for s in self.links:
                s.close()
