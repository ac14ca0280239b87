"""Vendor the console's browser modules from the npm registry into the package (committed).

The console is a no-build app: it imports these ES modules through an import map, so nothing is
fetched from a CDN at run time and `pip install` runs no JavaScript build. Run this script to
upgrade a version (change the pin below), then commit the result; each package's licence is kept
beside its files.

    python scripts/vendor_console.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "src" / "gqlaccess" / "console" / "static" / "vendor"

# package@version -> {file inside the tarball's package/ folder: name under vendor/<package>/}
PACKAGES: dict[str, dict[str, str]] = {
    "preact@10.29.8": {
        "dist/preact.module.js": "preact.module.js",
        "hooks/dist/hooks.module.js": "hooks.module.js",
        "LICENSE": "LICENSE",
    },
    "htm@3.1.1": {
        "dist/htm.module.js": "htm.module.js",
        "LICENSE": "LICENSE",
    },
    # Only the accessibility checks of the browser tests load it, but from here, never a CDN.
    "axe-core@4.14.1": {
        "axe.min.js": "axe.min.js",
        "LICENSE": "LICENSE",
    },
}


def vendor(spec: str, files: dict[str, str], work: Path) -> None:
    name = spec.rsplit("@", 1)[0]
    out = subprocess.run(
        ["npm", "pack", spec, "--silent", "--pack-destination", str(work)],
        check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    target = VENDOR / name
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(work / out) as tar:
        for inner, dest in files.items():
            member = tar.extractfile(f"package/{inner}")
            if member is None:
                raise SystemExit(f"{spec}: {inner} missing from the tarball")
            (target / dest).write_bytes(member.read())
    (target / "VERSION").write_text(spec + "\n")
    print(f"vendored {spec} -> {target.relative_to(VENDOR.parent.parent.parent.parent.parent)}")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for spec, files in PACKAGES.items():
            vendor(spec, files, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
