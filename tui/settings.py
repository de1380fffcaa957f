"""Explorer settings: who does the bidi (``app`` or ``terminal``), from flag, env or file.

Precedence: the ``--bidi`` option, then ``RASED_BIDI``, then ``bidi`` in the JSON file
``config.json`` under the platform's user config folder (``RASED_CONFIG_FILE`` points
elsewhere), then ``app``. ``ctrl+b`` in the explorer switches and saves the choice.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from rased.tui.arabic import MODES, Mode

__all__ = ["config_file", "load_settings", "save_setting", "resolve_bidi"]


def config_file() -> Path:
    env = os.environ.get("RASED_CONFIG_FILE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("rased")) / "config.json"


def load_settings() -> dict[str, Any]:
    try:
        data = json.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(key: str, value: Any) -> bool:
    """Store one setting; False (and nothing raised) if the file cannot be written."""
    data = load_settings()
    data[key] = value
    path = config_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError:
        return False
    return True


def resolve_bidi(flag: str | None) -> Mode:
    for value in (flag, os.environ.get("RASED_BIDI"), load_settings().get("bidi")):
        if isinstance(value, str) and value.strip().lower() in MODES:
            return value.strip().lower()  # type: ignore[return-value]
    return "app"
