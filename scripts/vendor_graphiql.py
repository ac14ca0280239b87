"""Vendors GraphiQL, React, ReactDOM and the explorer plugin into the package (no CDN at run time).

    python scripts/vendor_graphiql.py

Fetches the pinned npm tarballs with `npm pack` (the ordinary npm client and registry), copies
the built files and each package's licence into `src/gqlaccess/web/graphiql/static/`, and writes
`VERSIONS.txt` with the sha256 of every file. The output is committed; re-run it to upgrade
(change the pins below). These are the versions Strawberry's own GraphiQL page loads from unpkg:
the last GraphiQL line with UMD builds, which a page can load without a bundler.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "gqlaccess" / "web" / "graphiql" / "static"

# package@version: {file in the tarball (under package/): name in TARGET}
PACKAGES: dict[str, dict[str, str]] = {
    "react@18.2.0": {"umd/react.production.min.js": "react.production.min.js"},
    "react-dom@18.2.0": {"umd/react-dom.production.min.js": "react-dom.production.min.js"},
    "graphiql@3.8.3": {"graphiql.min.js": "graphiql.min.js", "graphiql.min.css": "graphiql.min.css"},
    "@graphiql/plugin-explorer@1.0.2": {"dist/index.umd.js": "plugin-explorer.umd.js",
                                        "dist/style.css": "plugin-explorer.css"},
    # Bundled inside the plugin's UMD file: only its licence is kept.
    "graphiql-explorer@0.9.0": {},
}
# The plugin's tarball ships no licence file; its package.json says MIT and it lives in the
# graphql/graphiql monorepo, whose licence the graphiql tarball carries.
LICENCE_FROM = {"@graphiql/plugin-explorer@1.0.2": "graphiql@3.8.3"}
LICENCE_NAMES = ("LICENSE", "LICENSE.md", "LICENSE.txt", "license", "LICENCE")


def _fetch(spec: str, workdir: Path) -> Path:
    """`npm pack` the package and unpack it; returns its `package/` folder."""
    result = subprocess.run(
        ["npm", "pack", spec, "--json", "--silent", "--pack-destination", str(workdir)],
        check=True, capture_output=True, text=True, cwd=workdir,
    )
    tarball = workdir / json.loads(result.stdout)[0]["filename"]
    extracted = workdir / tarball.name.removesuffix(".tgz")
    with tarfile.open(tarball) as archive:
        archive.extractall(extracted, filter="data")
    return extracted / "package"


def _licence(package: Path) -> Path | None:
    return next((package / n for n in LICENCE_NAMES if (package / n).exists()), None)


def _copy(source: Path, destination: str, label: str, lines: list[str]) -> None:
    shutil.copyfile(source, TARGET / destination)
    digest = hashlib.sha256((TARGET / destination).read_bytes()).hexdigest()
    lines.append(f"{label} -> {destination}  sha256:{digest}")


def main() -> int:
    if shutil.which("npm") is None:
        print("npm is required (apt-get install -y npm)", file=sys.stderr)
        return 1
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.mkdir(parents=True)
    lines = ["# Vendored by scripts/vendor_graphiql.py from the npm registry; do not edit by hand.", ""]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for spec, files in PACKAGES.items():
            package = _fetch(spec, workdir)
            for source, destination in files.items():
                _copy(package / source, destination, f"{spec}  {source}", lines)
            licence_spec = spec
            licence = _licence(package)
            if licence is None and spec in LICENCE_FROM:
                licence_spec = LICENCE_FROM[spec]
                licence = _licence(_fetch(licence_spec, workdir))
            if licence is None:
                print(f"{spec}: no licence file in the tarball", file=sys.stderr)
                return 1
            name = spec.rsplit("@", 1)[0].lstrip("@").replace("/", "-")
            _copy(licence, f"LICENSE.{name}.txt", f"{spec}  licence from {licence_spec} {licence.name}", lines)
    (TARGET / "VERSIONS.txt").write_text("\n".join(lines) + "\n")
    print(f"vendored {len(PACKAGES)} packages into {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
