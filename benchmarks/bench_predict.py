"""Throughput of the full predict pipeline (split → classify → tag → officials).

Not a test: run it by hand and copy its table into the README.

    python benchmarks/bench_predict.py --articles ../shared/data/articles/*.jsonl --pages ../shared/examples/*.txt

It annotates the given JSONL articles (text and headline only, labels
ignored) and page files with the shipped models (or --model-dir), on CPU
and, where CUDA is available, on GPU, after one warm-up batch, and prints
characters/s (reading and page splitting included; model loading not), articles/s and peak memory (process RSS; GPU: peak allocated).
With --bf16 each device is measured again reading under bfloat16 autocast (`predict --bf16`).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", nargs="*", default=[], help="JSONL article files")
    parser.add_argument("--pages", nargs="*", default=[], help="page text files")
    parser.add_argument("--model-dir", help="models to measure (default: the shipped ones)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--bf16", action="store_true", help="also measure each device reading under bfloat16 autocast (predict --bf16)")
    parser.add_argument("--limit", type=int, default=400, help="at most this many JSONL articles (default 400)")
    args = parser.parse_args()

    import torch
    from zhpolicy.inference.pipeline import Annotator, resolve_models

    with tempfile.TemporaryDirectory() as scratch:
        lines: list[str] = []
        for name in args.articles:
            for line in Path(name).read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                lines.append(json.dumps({"id": f"{Path(name).stem}-{record['id']}", "title": record.get("title", ""),
                                         "text": record["text"]}, ensure_ascii=False))
        source = Path(scratch) / "bench.jsonl"
        source.write_text("\n".join(lines[: args.limit]) + "\n", encoding="utf-8")
        inputs = ([str(source)] if lines else []) + list(args.pages)
        if not inputs:
            parser.error("give --articles and/or --pages")

        from zhpolicy.inference.pipeline import RunSummary, find_inputs, read_inputs

        articles = [item.article for item in read_inputs(find_inputs(inputs), RunSummary()) if item.article is not None]
        characters = sum(len(a.text) for a in articles)
        devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
        print(f"{len(articles)} articles, {characters} characters; torch threads {torch.get_num_threads()}", file=sys.stderr)
        print("| device | articles/s | characters/s | seconds | peak memory |")
        print("| --- | ---: | ---: | ---: | --- |")
        for device, bf16 in [(d, b) for d in devices for b in ([False, True] if args.bf16 else [False])]:
            annotator = Annotator(resolve_models(args.model_dir), device, batch_size=args.batch_size, bf16=bf16)
            annotator.annotate(articles[:8])  # warm-up
            if device == "cuda":
                torch.cuda.synchronize()
                torch.cuda.reset_peak_memory_stats()
            started = time.perf_counter()
            articles = [item.article for item in read_inputs(find_inputs(inputs), RunSummary()) if item.article is not None]
            for first in range(0, len(articles), 64):
                annotator.annotate(articles[first : first + 64])
            if device == "cuda":
                torch.cuda.synchronize()
            seconds = time.perf_counter() - started
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            memory = f"RSS {rss:.0f} MiB" + (f", GPU {torch.cuda.max_memory_allocated() / 2**20:.0f} MiB" if device == "cuda" else "")
            print(f"| {device}{' bf16' if bf16 else ''} | {len(articles) / seconds:.1f} | {characters / seconds:.0f} | {seconds:.1f} | {memory} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
