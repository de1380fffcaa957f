"""Build hook: compiles the extraction modules to C with mypyc when it can.

Extraction is rule-heavy Python that runs once for every imported article; compiled, it
is two to three times faster with the same results. Everything else about the package is
declared in ``pyproject.toml``. ``RASED_PURE_PYTHON=1`` skips compiling; a build that
cannot compile (no C compiler, say) installs the pure Python package instead of failing.
Which modules are compiled, and how an edited source is noticed, is in
``extract/native.py``.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def _native():
    spec = importlib.util.spec_from_file_location("_rased_native", ROOT / "extract" / "native.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


native = _native()


def extract_extensions() -> list:
    if os.environ.get(native.PURE_ENV):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    # mypyc names a module after its folders, and the source folder is ``extract/``
    # (installed as ``rased.extract``): compile it through a ``rased/extract`` link.
    stage = ROOT / "build" / "mypyc-src" / "rased"
    stage.mkdir(parents=True, exist_ok=True)
    (stage / "__init__.py").touch()
    link = stage / "extract"
    if not link.is_symlink():
        link.symlink_to(ROOT / "extract", target_is_directory=True)
    paths = [str(link / f"{name}.py") for name in native.COMPILED_MODULES]
    return mypycify(paths, group_name="rased.extract", opt_level="3")


class BuildOrFallBack(build_ext):
    """Compile all the modules or none; record the sources' digest beside a good build."""

    def run(self) -> None:
        if not self.extensions:
            return
        self._remove_stale_builds()
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - any compile failure means: ship Python
            self.warn(f"rased: compiling the extraction modules failed ({exc}); installing pure Python")
            for ext in self.extensions:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            return
        out = Path(self.get_ext_fullpath("rased.extract.normalize")).parent
        (out / native.DIGEST_FILE).write_text(native.source_digest(ROOT / "extract") + "\n", encoding="ascii")


    def _remove_stale_builds(self) -> None:
        """Drop the compiled files of modules this build no longer compiles: they would
        shadow their sources and fail to load."""
        out = Path(self.get_ext_fullpath("rased.extract.normalize")).parent
        built = {ext.name for ext in self.extensions}
        for source in (ROOT / "extract").glob("*.py"):
            if f"rased.extract.{source.stem}" in built:
                continue
            for suffix in importlib.machinery.EXTENSION_SUFFIXES:
                (out / f"{source.stem}{suffix}").unlink(missing_ok=True)


setup(ext_modules=extract_extensions(), cmdclass={"build_ext": BuildOrFallBack})
