import json
import logging
import time


class JsonFormatter(logging.Formatter):
    """One JSON object per line. Callers pass only non-personal fields (route names, ids, counts)."""

    def format(self, record):
        payload = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        payload.update(getattr(record, "ikut", {}))
        if record.exc_info:
            # Exception type and location only: messages and locals may carry input data.
            exc_type = record.exc_info[0].__name__ if record.exc_info[0] else "Exception"
            tb = record.exc_info[2]
            while tb and tb.tb_next:
                tb = tb.tb_next
            payload["exc"] = exc_type
            if tb:
                payload["at"] = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        return json.dumps(payload, ensure_ascii=False)
