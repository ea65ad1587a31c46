"""The wheel carries the repository's top-level `resources/` and `translations/` inside the
package, as `briefer/resources` and `briefer/translations` (read through importlib.resources by
`briefer.core.paths.package_data_dir`). Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

PACKAGE_DATA = {"resources": "**/*", "translations": "*.qm"}


class BuildPyWithData(build_py):
    """build_py, then the data folders copied into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads the checkout's folders in place
        for folder, pattern in PACKAGE_DATA.items():
            for source in sorted(Path(folder).glob(pattern)):
                if source.is_file() and "__pycache__" not in source.parts:
                    target = Path(self.build_lib, "briefer", source)
                    self.mkpath(str(target.parent))
                    self.copy_file(str(source), str(target))


setup(cmdclass={"build_py": BuildPyWithData})
