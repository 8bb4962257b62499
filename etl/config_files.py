"""Loading the TOML configuration files in data/, with errors that name the file."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """A configuration file is missing, unreadable or has an invalid entry."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def load_toml(path: Path) -> dict[str, Any]:
    """The parsed file, or ConfigError naming the file and what is wrong with it."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(path, "file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, f"invalid TOML: {error}") from None


def require(path: Path, entry: str, value: Any, kind: type, what: str) -> Any:
    """value if it is of `kind`, else ConfigError naming the entry."""
    if not isinstance(value, kind):
        raise ConfigError(path, f"entry '{entry}': {what} must be a {kind.__name__}, got {value!r}")
    return value
