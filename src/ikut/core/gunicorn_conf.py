"""gunicorn's settings for `ikut serve` with several workers (`-c python:ikut.core.gunicorn_conf`): the app is
imported once, in the master, and every worker is forked from it, so the workers share the imported code instead of
each holding a copy (issue 17, lean workers; figures in docs/performance.md). Before forking, the master also imports
what every worker imports at its first request (the URLconfs, views and API routers) and cryptography, which the
lean import of core.crypto keeps out of a single process until it decrypts. Two things make the sharing last:
- gc.freeze() before the first fork: the collector of a worker never walks the master's objects, so it does not write
  to (and so copy) the pages they are on. (The gc documentation also suggests no collection in the master while the
  app is imported; measured, it made the workers 0.8 MB larger and shared nothing more, so it is not done.)
- Nothing made while importing may be shared by the workers: the master closes any database connection and cache
  client (none is opened today) and refuses to fork with a second thread running (its locks and its work would be
  copied into every worker half-done). Random state is not shared: `random` reseeds itself in a forked child,
  Django's and IKUT's secrets and nonces come from os.urandom, and OpenSSL (in cryptography) reseeds after a fork.
With the app preloaded, a HUP makes new workers from the master's code and settings (as read at start, key files
included): new code, settings or keys need a restart of the service, not a reload (docs/deployment.md)."""

import gc
import threading

preload_app = True


def when_ready(server):
    """In the master, the app imported, before the first worker is forked."""
    import cryptography.fernet  # noqa: F401
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401
    import cryptography.hazmat.primitives.kdf.hkdf  # noqa: F401
    from django.core.cache import caches
    from django.db import connections
    from django.urls import get_resolver, reverse

    from ikut.core import url_tables

    # What every worker would import at its first request, imported once here and shared: every URLconf with its
    # views and API routers (and the reverse table, one for every language: core.url_tables); and what core.crypto
    # imports at the first decrypt (loading cryptography's Rust extension touches ≈ 8 MB of its pages: here, not in
    # each worker).
    url_tables.share(get_resolver())
    reverse("core:healthz")
    connections.close_all()
    caches.close_all()
    running = [thread.name for thread in threading.enumerate() if thread is not threading.main_thread()]
    if running:
        raise RuntimeError(f"threads started while the app was imported, not forked into workers: {running}")
    gc.freeze()
