"""Generate the Python gRPC code for proto/ into server/generated/ (run by `make proto`).

grpcio-tools writes absolute imports (`from logclass.v1 import ...`); they are rewritten to relative
ones so the generated modules live inside the `server` package.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib import resources
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parent.parent
PROTO_ROOT = ROOT / "proto"
DEFAULT_OUT = ROOT / "server" / "generated"
ABSOLUTE_IMPORT = re.compile(r"^from logclass\.v1 import (\w+)", re.MULTILINE)


def generate(out_dir: Path) -> list[Path]:
    """Run protoc on every .proto under proto/ into out_dir; return the files written."""
    protos = sorted(str(p.relative_to(PROTO_ROOT)) for p in PROTO_ROOT.rglob("*.proto"))
    out_dir.mkdir(parents=True, exist_ok=True)
    args = [
        "grpc_tools.protoc",
        f"-I{PROTO_ROOT}",
        # The well-known types (google/protobuf/timestamp.proto) that grpcio-tools ships.
        f"-I{resources.files('grpc_tools') / '_proto'}",
        f"--python_out={out_dir}",
        f"--pyi_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        *protos,
    ]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    written = sorted(p for p in out_dir.rglob("*") if p.suffix in {".py", ".pyi"})
    for path in written:
        text = ABSOLUTE_IMPORT.sub(r"from . import \1", path.read_text())
        path.write_text(text)
    packages = {out_dir}
    for path in written:
        packages.update(d for d in path.parents if d.is_relative_to(out_dir))
    for package in packages:
        init = package / "__init__.py"
        if not init.exists():
            init.write_text("")
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    for path in generate(args.out):
        print(path.relative_to(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
