import logging.handlers
import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ikut.audit import log


def _syslog_address(text):
    """A socket path (/dev/log) or host:port (UDP)."""
    if ":" in text and not text.startswith("/"):
        host, port = text.rsplit(":", 1)
        return host, int(port)
    return text


class _SysLog(logging.handlers.SysLogHandler):
    def handleError(self, record):  # a checkpoint that did not leave must not look like one that did
        raise CommandError("could not send the checkpoint to syslog (IKUT_SYSLOG_ADDRESS)")


class Command(BaseCommand):
    help = ("Audit log tools. `ikut audit verify [--checkpoint FILE]` walks the keyed hash chain and names the "
            "first tampered entry; `ikut audit checkpoint [--out FILE|syslog]` writes the signed head outside "
            "the database (run it on a schedule).")

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["verify", "checkpoint"],
                            help="verify: check the whole chain; checkpoint: write the signed head (seq, hash)")
        parser.add_argument("--checkpoint", metavar="FILE", action="append", default=[],
                            help="verify: also check against the signed checkpoints in FILE (repeatable)")
        parser.add_argument("--out", metavar="FILE|syslog", default=None,
                            help="checkpoint: append to FILE, or send to syslog (default IKUT_AUDIT_CHECKPOINT; "
                                 "empty = standard output)")

    def handle(self, *args, action, checkpoint, out, **options):
        if action == "checkpoint":
            return self.write_checkpoint(settings.IKUT_AUDIT_CHECKPOINT if out is None else out)
        checkpoints = []
        for name in checkpoint:
            try:
                checkpoints += log.read_checkpoints(Path(name).read_text(encoding="utf-8"))
            except OSError as error:
                raise CommandError(f"--checkpoint {name}: cannot read it ({error.strerror})") from None
            except log.BadCheckpoint as error:
                raise CommandError(f"TAMPERED: --checkpoint {name}: {error}") from None
        ok, message, _ = log.verify(checkpoints)
        if not ok:
            raise CommandError(f"TAMPERED: {message}")
        self.stdout.write(self.style.SUCCESS(message))

    def write_checkpoint(self, out):
        line = log.make_checkpoint()
        if out == "syslog":
            try:
                handler = _SysLog(address=_syslog_address(settings.IKUT_SYSLOG_ADDRESS),
                                  facility=logging.handlers.SysLogHandler.LOG_AUTH)
            except (OSError, ValueError) as error:
                raise CommandError(f"could not reach syslog at IKUT_SYSLOG_ADDRESS ({error})") from None
            handler.append_nul = False
            try:
                handler.emit(logging.makeLogRecord({"msg": f"{log.CHECKPOINT_TAG}: {line}", "levelno": logging.INFO,
                                                    "levelname": "INFO"}))
            finally:
                handler.close()
            self.stdout.write("checkpoint sent to syslog")
        elif out:
            fd = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            self.stdout.write(f"checkpoint appended to {out}")
        else:
            self.stdout.write(line)
