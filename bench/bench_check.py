"""Benchmark: ``khojaly-i18n check`` against translate-toolkit's ``pofilter``.

Runs, over one corpus (default /work/shared/corpora/python-docs-fr), each as a fresh
process so start-up is included:

* ``khojaly-i18n check`` with every check: cold (empty cache), warm (cache filled by
  the cold run, files unchanged) and without cache;
* ``pofilter`` with all its checks and with ``-t numbers`` only;

then prints the wall times and the ratios. Not a test: run it by hand::

    .venv/bin/python bench/bench_check.py [CORPUS] [--repeat N] [--skip-pofilter]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/corpora/python-docs-fr")
ANCHORS = {"pofilter (all checks)": 17.1, "pofilter -t numbers": 4.3}


def _tool(name: str) -> list[str]:
    """The console script beside this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name(name)
    if script.exists():
        return [str(script)]
    if name == "khojaly-i18n":
        return [sys.executable, "-m", "khojaly_i18n"]
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (pip install -e '.[bench]')")
    return [found]


def _timed(command: list[str], env: dict[str, str], ok: tuple[int, ...]) -> tuple[float, str]:
    """Wall time of one run of *command* and its stdout."""
    start = time.perf_counter()
    process = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if process.returncode not in ok:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}:\n{process.stderr[-2000:]}")
    return elapsed, process.stdout


def _compile_bytecode() -> None:
    """Write the package's .pyc files, as Python does on a first run where it may.

    With PYTHONDONTWRITEBYTECODE set (as on this machine), an editable install is
    otherwise compiled from source at every start, in every timed run.
    """
    import compileall

    import khojaly_i18n

    compileall.compile_dir(str(Path(khojaly_i18n.__file__).parent), quiet=1)


def main() -> None:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each khojaly-i18n measurement (median)")
    parser.add_argument("--skip-pofilter", action="store_true", help="only time khojaly-i18n")
    args = parser.parse_args()
    corpus: Path = args.corpus.resolve()
    if not corpus.is_dir():
        raise SystemExit(f"no corpus at {corpus}")
    files = sum(1 for _ in corpus.rglob("*.po"))
    print(f"corpus: {corpus} ({files} .po files), {os.cpu_count()} cores")

    khojaly = _tool("khojaly-i18n")
    _compile_bytecode()
    times: dict[str, float] = {}
    findings = 0
    with tempfile.TemporaryDirectory(prefix="khojaly-bench-") as scratch:
        env = dict(os.environ)
        colds, warms, nocache = [], [], []
        for number in range(args.repeat):
            env["KHOJALY_I18N_CACHE_DIR"] = str(Path(scratch) / f"cache-{number}")
            command = [*khojaly, "check", "--format", "json", str(corpus)]
            cold, out = _timed(command, env, (0, 1))
            warm, warm_out = _timed(command, env, (0, 1))
            if warm_out != out:
                raise SystemExit("the warm run's findings differ from the cold run's")
            colds.append(cold)
            warms.append(warm)
            nocache.append(_timed([*command[:2], "--no-cache", *command[2:]], env, (0, 1))[0])
            findings = out.count('"check":')
        times["khojaly-i18n check, cold (empty cache)"] = statistics.median(colds)
        times["khojaly-i18n check, warm (cache hit)"] = statistics.median(warms)
        times["khojaly-i18n check --no-cache"] = statistics.median(nocache)
        if not args.skip_pofilter:
            pofilter = _tool("pofilter")
            output = Path(scratch) / "pofilter-out"
            times["pofilter (all checks)"] = _timed(
                [*pofilter, "--progress=none", "-i", str(corpus), "-o", str(output)], env, (0,)
            )[0]
            shutil.rmtree(output, ignore_errors=True)
            times["pofilter -t numbers"] = _timed(
                [*pofilter, "--progress=none", "-t", "numbers", "-i", str(corpus), "-o", str(output)], env, (0,)
            )[0]

    print(f"khojaly-i18n findings: {findings} (median of {args.repeat} runs each)\n")
    width = max(len(name) for name in times)
    for name, seconds in times.items():
        anchor = f"   (anchor {ANCHORS[name]:.1f} s)" if name in ANCHORS else ""
        print(f"{name:<{width}}  {seconds:7.3f} s{anchor}")
    cold = times["khojaly-i18n check, cold (empty cache)"]
    warm = times["khojaly-i18n check, warm (cache hit)"]
    print()
    print(f"cold / warm: {cold / warm:.1f}x")
    for name in ("pofilter (all checks)", "pofilter -t numbers"):
        reference = times.get(name, ANCHORS[name])
        source = "measured" if name in times else "anchor"
        print(
            f"vs {name} ({source}, {reference:.2f} s): khojaly-i18n is {reference / cold:.1f}x faster cold, "
            f"{reference / warm:.0f}x faster warm"
        )
    target = times.get("pofilter (all checks)", ANCHORS["pofilter (all checks)"]) / 10
    print(f"target: cold < {target:.2f} s (10x pofilter) and < pofilter -t numbers -> "
          f"{'met' if cold < target and cold < times.get('pofilter -t numbers', 4.3) else 'NOT met'}")


if __name__ == "__main__":
    main()
