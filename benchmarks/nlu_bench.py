"""NLU speed: median latency per message of the built-in understander, and model load time from
the disk cache. Targets: median under 1 ms, load under 300 ms.

    .venv/bin/python -m benchmarks.nlu_bench [--config config.toml] [--json]

Load time is measured in fresh interpreters (what a starting server pays), with the model
already in the cache: reading the .npz and, separately, the whole `build_understander` (which also
hashes intents/ to find the cache key and loads the ward list).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from benchmarks.project import ROOT

LOAD_SNIPPET = """
import time, json
started = time.perf_counter()
from bot.config import load_config
from bot.knowledge.wards import WardIndex
settings = load_config({config!r})
t0 = time.perf_counter()
from bot.nlu.builtin import bundled_path, model_path
from bot.nlu.model import load
path = model_path(settings.nlu.intents_dir, settings.nlu.cache_dir)
if not path.exists():   # a fresh install: the model the package ships
    path = bundled_path(settings.nlu.intents_dir)
t1 = time.perf_counter()
load(path)
t2 = time.perf_counter()
from bot.nlu import build_understander
t3 = time.perf_counter()
build_understander(settings, WardIndex.load(settings.wards_file))
t4 = time.perf_counter()
print(json.dumps({{"npz_load_ms": 1000 * (t2 - t1), "build_understander_ms": 1000 * (t4 - t3),
                  "first_load_with_imports_ms": 1000 * (t2 - t0)}}))
"""


def measure_load(config: str, runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET.format(config=config)],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout
        results.append(json.loads(out))
    return {key: round(statistics.median(r[key] for r in results), 1) for key in results[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(ROOT / "config.toml"))
    parser.add_argument("--repeat", type=int, default=20, help="passes over the held-out texts")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from bot.config import load_config
    from bot.knowledge.wards import WardIndex
    from bot.nlu.builtin import BuiltinUnderstander, load_or_train
    from bot.nlu.data import read_examples, read_file
    from bot.nlu.train import train

    settings = load_config(args.config)
    load_or_train(settings.nlu.intents_dir, settings.nlu.cache_dir)  # the cache the load times use
    started = time.perf_counter()
    train(read_examples(settings.nlu.intents_dir))  # in memory only: the cache is left alone
    train_seconds = time.perf_counter() - started

    understander = BuiltinUnderstander.from_settings(settings, WardIndex.load(settings.wards_file))
    texts = [e.text for e in read_file(ROOT / "tests" / "nlu" / "heldout.yml")]
    for text in texts:  # warm-up
        understander.understand(text)
    timings = []
    for _ in range(args.repeat):
        for text in texts:
            t0 = time.perf_counter()
            understander.understand(text)
            timings.append(time.perf_counter() - t0)
    timings.sort()
    result = {
        "messages_timed": len(timings),
        "median_ms_per_message": round(1000 * statistics.median(timings), 3),
        "p95_ms_per_message": round(1000 * timings[int(0.95 * len(timings))], 3),
        "max_ms_per_message": round(1000 * timings[-1], 3),
        "train_seconds": round(train_seconds, 2),
        **measure_load(args.config, runs=5),
    }
    result["targets_met"] = (result["median_ms_per_message"] < 1.0
                             and result["npz_load_ms"] < 300 and result["build_understander_ms"] < 300)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:<28} {value}")
    return 0 if result["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
