"""`make bench`: our figures and the anchors', measured in the same run, as ratios.

Anchors (installed by `make bench` into .venv-bench, pinned in the Makefile):
openapi-python-client generating the same documents, and the official `telnyx` SDK
importing and calling the same operations. Every figure is the median of several runs.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "specs"
MISSIONS = ROOT / "spec" / "missions.yaml"
OURS = sys.executable
BENCH_BIN = ROOT / ".venv-bench" / "bin"
sys.path.insert(0, str(ROOT))

from tests.synthetic_spec import CODEGEN, synthetic_spec  # noqa: E402

RESULTS: list[tuple[str, str, str]] = []  # (measure, figure, verdict)


def timed(
    command: list[str],
    *,
    env: dict[str, str] | None = None,
    before: Callable[[], None] | None = None,
    runs: int = 5,
) -> tuple[float, int]:
    """Median wall time of `command` over `runs` runs, and its last exit code."""
    times = []
    code = 0
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        proc = subprocess.run(
            command, env={**os.environ, **(env or {})}, capture_output=True, text=True
        )
        times.append(time.perf_counter() - start)
        code = proc.returncode
    return statistics.median(times), code


def verdict(ratio: float, target: float, *, at_most: bool = True) -> str:
    ok = ratio <= target if at_most else ratio >= target
    return f"{'met' if ok else 'MISSED'} (target {'<=' if at_most else '>='} {target:g}x)"


def record(measure: str, figure: str, result: str = "") -> None:
    RESULTS.append((measure, figure, result))
    print(f"{measure}: {figure} {result}".rstrip(), flush=True)


# -- 1 and 2: generate and check --------------------------------------------------------


def bench_generate(work: Path) -> None:
    cache = work / "cache"
    # twilio: the largest shared document openapi-python-client generates (asana, box,
    # sentry and telnyx make it exit 1); telnyx: the whole Telnyx API, ours alone.
    documents = [
        (MISSIONS, 5),
        (SHARED / "twilio-api-v2010.json", 3),
        (SHARED / "telnyx-2026-07.yaml", 3),
    ]
    opc_env = {"PATH": f"{BENCH_BIN}:{os.environ['PATH']}"}  # its ruff post-hooks
    for document, runs in documents:
        out, opc_out = work / "out", work / "opc"

        def clean(out: Path = out, opc_out: Path = opc_out) -> None:
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(opc_out, ignore_errors=True)

        ours = [OURS, "-m", "generator", "generate", str(document), "--out", str(out), "-q"]
        cold, code = timed(ours + ["--no-cache"], before=clean, runs=runs)
        assert code == 0, f"our generate failed on {document}"
        subprocess.run(
            ours, env={**os.environ, "XDG_CACHE_HOME": str(cache)}, capture_output=True
        )  # prime
        warm, code = timed(ours, env={"XDG_CACHE_HOME": str(cache)}, before=clean, runs=runs)
        assert code == 0, f"our generate failed on {document}"
        opc, code = timed(
            [
                str(BENCH_BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(document),
                "--meta",
                "none",
                "--output-path",
                str(opc_out),
            ],
            env=opc_env,
            before=clean,
            runs=runs,
        )
        name = document.name
        opc_text = f"{opc:.2f} s" + (
            "" if code == 0 and opc_out.exists() else f" (failed, exit {code})"
        )
        record(
            f"generate {name}",
            f"ours {cold:.2f} s cold / {warm:.2f} s warm cache; "
            f"openapi-python-client {opc_text}",
        )
        target = 0.5 if document == MISSIONS else 1.0
        if code == 0 and opc_out.exists():
            record(f"  ratio {name} cold", f"{cold / opc:.2f}x", verdict(cold / opc, target))
            record(f"  ratio {name} warm", f"{warm / opc:.2f}x", verdict(warm / opc, target))
        if document == MISSIONS:
            bench_check(cold, cache)


def bench_check(generate_cold: float, cache: Path) -> None:
    check = [
        OURS,
        "-m",
        "generator",
        "check",
        str(MISSIONS),
        "--out",
        str(ROOT / "generated"),
        "-q",
    ]
    # The CI case: a clean machine, so no cache of any kind; the manifest decides.
    empty = cache.parent / "empty-cache"
    quick, code = timed(check, env={"XDG_CACHE_HOME": str(empty)})
    assert code == 0, "generated/ is stale: run make regenerate before make bench"
    full, _ = timed(check + ["--no-cache"], runs=3)
    record(
        "check (up-to-date generated/)",
        f"{quick:.2f} s from the manifest, no cache; {full:.2f} s in full (--no-cache)",
    )
    record(
        "  ratio check / generate",
        f"{quick / generate_cold:.2f}x",
        verdict(quick / generate_cold, 0.2),
    )


# -- 3: import ---------------------------------------------------------------------------


def bench_import() -> None:
    ours = [
        OURS,
        "-c",
        "import telnyx_missions; telnyx_missions.Telnyx(api_key='k').ai.missions.runs.events",
    ]
    theirs = [
        str(BENCH_BIN / "python"),
        "-c",
        "import telnyx; telnyx.Telnyx(api_key='k').ai.missions.runs.events",
    ]
    bare = [OURS, "-c", "pass"]
    ours_t, _ = timed(ours, runs=9)
    theirs_t, code = timed(theirs, runs=9)
    bare_t, _ = timed(bare, runs=9)
    assert code == 0, "the telnyx SDK did not import"
    record(
        "import to first resource",
        f"ours {ours_t:.3f} s, telnyx SDK {theirs_t:.3f} s " f"(python itself {bare_t:.3f} s)",
    )
    record("  ratio import", f"{ours_t / theirs_t:.3f}x", verdict(ours_t / theirs_t, 0.1))


# -- 4: per call -------------------------------------------------------------------------

PER_CALL = """
import json, statistics, sys, time, httpx
bodies = json.load(open(sys.argv[1]))
which = sys.argv[2]
M, R = bodies["mission_id"], bodies["run_id"]

def transport(body):
    content = json.dumps(body).encode()
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=content, headers=headers))

def calls(name, body):
    \"\"\"{contender: one call} for this process.\"\"\"
    if which == "telnyx":
        from telnyx import Telnyx
    else:
        from telnyx_missions import Telnyx
    client = Telnyx(api_key="k", base_url="http://test", http_client=httpx.Client(transport=transport(body)), max_retries=0)
    events = client.ai.missions.runs.events
    if name == "retrieve":
        client_call = lambda: client.ai.missions.runs.retrieve(R, mission_id=M)
    elif which == "telnyx":
        client_call = lambda: events.list(R, mission_id=M, page_size=50).data
    else:
        client_call = lambda: events.list(R, mission_id=M, page_size=50).items
    if which == "telnyx":
        return {"telnyx": client_call}
    # The floor: the same request (path and query string) with bare httpx, plus json.loads.
    http = httpx.Client(transport=transport(body))
    url = "http://test/ai/missions/" + M + "/runs/" + R + ("/events?page[size]=50" if name == "events" else "")
    floor_call = lambda: json.loads(http.get(url, headers={"Authorization": "Bearer k"}).content)
    return {"floor": floor_call, "ours": client_call}

def block_rate(call, n=100):
    start = time.perf_counter()
    for _ in range(n):
        call()
    return n / (time.perf_counter() - start)

out = {}
for name, body in (("retrieve", bodies["run"]), ("events", bodies["events"])):
    contenders = calls(name, body)
    for call in contenders.values():
        for _ in range(200):
            call()
    # Blocks alternate between contenders, so that the machine's load falls on each alike.
    rates = {k: [] for k in contenders}
    for _ in range(30):
        for k, call in contenders.items():
            rates[k].append(block_rate(call))
    out[name] = {k: statistics.median(v) for k, v in rates.items()}
    if "floor" in rates:
        out[name]["floor_over_ours"] = statistics.median(f / o for f, o in zip(rates["floor"], rates["ours"]))
print(json.dumps(out))
"""


def bench_per_call(work: Path) -> None:
    spec = yaml.safe_load(MISSIONS.read_text(encoding="utf-8"))
    run_path = spec["paths"]["/ai/missions/{mission_id}/runs/{run_id}"]["get"]
    run = run_path["responses"]["200"]["content"]["application/json"]["example"]
    events_path = spec["paths"]["/ai/missions/{mission_id}/runs/{run_id}/events"]["get"]
    events = events_path["responses"]["200"]["content"]["application/json"]["example"]
    one = events["data"][0]
    page = {
        "data": [{**one, "event_id": f"{one['event_id'][:-4]}{i:04d}"} for i in range(50)],
        "meta": {"page_number": 1, "page_size": 50, "total_pages": 1, "total_results": 50},
    }
    bodies = work / "bodies.json"
    bodies.write_text(
        json.dumps(
            {
                "run": run,
                "events": page,
                "mission_id": run["data"]["mission_id"],
                "run_id": run["data"]["run_id"],
            }
        ),
        encoding="utf-8",
    )
    script = work / "per_call.py"
    script.write_text(PER_CALL, encoding="utf-8")
    # Per round: the floor and our client in one process, block by block, then the SDK in
    # its own virtualenv right after. Ratios are taken per round, then their median.
    # A third process per round has TELNYX_LOG=info: every call logged, to a pipe (stderr).
    rounds: list[tuple[dict[str, dict[str, float]], ...]] = []
    quiet = {k: v for k, v in os.environ.items() if k != "TELNYX_LOG"}
    for _ in range(7):
        rounds.append(
            tuple(
                json.loads(
                    subprocess.run(
                        [python, str(script), str(bodies), which],
                        capture_output=True,
                        text=True,
                        check=True,
                        env=env,
                    ).stdout
                )
                for which, python, env in (
                    ("pair", OURS, quiet),
                    ("telnyx", str(BENCH_BIN / "python"), quiet),
                    ("pair", OURS, {**quiet, "TELNYX_LOG": "info"}),
                )
            )
        )
    for name, label in (("retrieve", "runs.retrieve"), ("events", "events.list, 50 items")):
        ours = statistics.median(p[name]["ours"] for p, _, _ in rounds)
        floor = statistics.median(p[name]["floor"] for p, _, _ in rounds)
        theirs = statistics.median(t[name]["telnyx"] for _, t, _ in rounds)
        vs_floor = statistics.median(p[name]["floor_over_ours"] for p, _, _ in rounds)
        vs_sdk = statistics.median(p[name]["ours"] / t[name]["telnyx"] for p, t, _ in rounds)
        logged = statistics.median(g[name]["ours"] for _, _, g in rounds)
        logged_vs_floor = statistics.median(g[name]["floor_over_ours"] for _, _, g in rounds)
        record(
            f"per call {label}",
            f"ours {ours:,.0f}/s, bare httpx+json {floor:,.0f}/s, telnyx SDK {theirs:,.0f}/s; "
            f"ours with TELNYX_LOG=info {logged:,.0f}/s",
        )
        record(f"  ratio {label} time vs floor", f"{vs_floor:.2f}x", verdict(vs_floor, 1.5))
        record(
            f"  ratio {label} time vs floor, TELNYX_LOG=info",
            f"{logged_vs_floor:.2f}x",
        )
        record(
            f"  ratio {label} throughput vs SDK",
            f"{vs_sdk:.2f}x",
            verdict(vs_sdk, 2.0, at_most=False),
        )


# -- 5: scale ----------------------------------------------------------------------------


def bench_scale(work: Path) -> None:
    per_op: dict[int, float] = {}
    for operations in (100, 1000, 5000):
        folder = work / f"scale{operations}"
        folder.mkdir()
        spec = folder / "spec.json"
        spec.write_text(json.dumps(synthetic_spec(operations)), encoding="utf-8")
        (folder / "codegen.yaml").write_text(CODEGEN, encoding="utf-8")
        out = folder / "out"
        command = [
            "/usr/bin/time",
            "-f",
            "%M",
            OURS,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--out",
            str(out),
            "--no-cache",
            "-q",
        ]
        start = time.perf_counter()
        proc = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        assert proc.returncode == 0, proc.stderr[-2000:]
        peak_mb = int(proc.stderr.strip().splitlines()[-1]) / 1024
        per_op[operations] = seconds / operations
        record(
            f"scale {operations} operations",
            f"{seconds:.1f} s ({per_op[operations] * 1000:.1f} ms/op), "
            f"peak {peak_mb:.0f} MB (largest process)",
        )
        shutil.rmtree(folder)
    ratio = per_op[5000] / per_op[100]
    record("  ratio time per op 5000 vs 100", f"{ratio:.2f}x", verdict(ratio, 1.5))


def main() -> int:
    missing = [
        p for p in (BENCH_BIN / "python", BENCH_BIN / "openapi-python-client") if not p.exists()
    ]
    if missing:
        print(f"missing {missing}: run `make bench`, which installs the anchors into .venv-bench")
        return 2
    # pip compiled the anchors' bytecode when it installed them; do the same for ours (the
    # generator and the editable client), which a shell with PYTHONDONTWRITEBYTECODE=1
    # would otherwise recompile on every run.
    subprocess.run(
        [OURS, "-m", "compileall", "-q", str(ROOT / "generator"), str(ROOT / "generated" / "src")],
        check=True,
    )
    # `python tests/bench.py per_call` (or generate, import, scale) runs only those parts.
    parts: dict[str, Callable[[Path], None]] = {
        "generate": bench_generate,
        "import": lambda work: bench_import(),
        "per_call": bench_per_call,
        "scale": bench_scale,
    }
    chosen = [p for p in sys.argv[1:] if p in parts] or list(parts)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for part in chosen:
            parts[part](Path(tmp))
    print()
    width = max(len(m) for m, _, _ in RESULTS)
    for measure, figure, result in RESULTS:
        print(f"{measure.ljust(width)}  {figure}  {result}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
