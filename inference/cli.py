"""The ``zhpolicy`` command line: a thin shell over the library.

Every subcommand parses its arguments, calls one library function and
reports. Bad input (:class:`~zhpolicy.data.textio.InputError`) ends the run
with ``zhpolicy: error: <file[:line]>: <reason>`` and exit status 2, and no
output file is left half-written (outputs are written to a temporary file
and renamed at the end).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from zhpolicy.data.formats import READERS, WRITERS, read_articles, write_jsonl
from zhpolicy.data.labels import LabelError
from zhpolicy.data.layout import LAYOUTS
from zhpolicy.data.pages import split_page_file
from zhpolicy.data.records import Article
from zhpolicy.data.textio import InputError
from zhpolicy.inference.pipeline import find_inputs
from zhpolicy.models.folder import ModelFolderError


def cmd_convert(args: argparse.Namespace) -> int:
    articles = read_articles(args.input, args.from_format)
    count = WRITERS[args.to](articles, args.out)
    entities = sum(len(a.entities) for a in articles)
    print(f"{args.input}: {count} records, {entities} entities → {args.out} ({args.to})", file=sys.stderr)
    return 0


def _describe(article: Article) -> str:
    authors = "、".join(article.authors) or "-"
    lines = [f"[{article.id}] {article.title or '(no headline on this page)'}"]
    if article.subtitle:
        lines.append(f"    subtitle: {article.subtitle}")
    if article.sponsor:
        lines.append(f"    sponsor:  {article.sponsor}")
    lines.append(f"    authors:  {authors}")
    lines.append(f"    text:     {len(article.text)} chars: {article.text[:40]}…")
    for caption in article.captions:
        lines.append(f"    caption:  {caption}")
    return "\n".join(lines)


def cmd_split_pages(args: argparse.Namespace) -> int:
    articles: list[Article] = []
    for path in find_inputs(args.pages):
        articles.extend(split_page_file(path))
    if args.output:
        count = write_jsonl(articles, args.output)
        print(f"{count} articles from {len(set(a.page for a in articles))} pages → {args.output}", file=sys.stderr)
    else:
        print("\n\n".join(_describe(a) for a in articles))
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from zhpolicy.data.splits import split_articles, write_splits

    articles: list[Article] = []
    for name in args.files:
        articles.extend(read_articles(name, args.from_format))
    result = split_articles(articles, dev=args.dev, test=args.test, seed=args.seed)
    summary = write_splits(result, args.out)
    print(
        f"train {summary['train']}, dev {summary['dev']}, test {summary['test']} → {args.out}; "
        f"{summary['duplicates_dropped']} duplicate(s) dropped; "
        f"{'stratified by domain' if summary['stratified_by_domain'] else 'not stratified (records without domain)'}",
        file=sys.stderr,
    )
    return 0


def cmd_evaluate_splitter(args: argparse.Namespace) -> int:
    from zhpolicy.data.layout import evaluate_splitter, news_articles
    from zhpolicy.data.textio import atomic_writer

    articles: list[Article] = []
    for name in args.articles:
        articles.extend(read_articles(name, "jsonl"))
    if args.news:
        articles.extend(news_articles(args.news, count=args.news_articles, seed=args.seed))
    if not articles:
        raise InputError("evaluate-splitter: give article JSONL files or --news FILE")
    report = evaluate_splitter(articles, pages=args.pages, seed=args.seed, layout=args.layout,
                               blank_lines=not args.without_blank_lines, half_width_marks=args.half_width_marks,
                               mixed_widths=args.mixed_widths)
    summary = report.to_dict()
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    if args.report:
        with atomic_writer(args.report) as handle:
            json.dump(summary | {"failures": report.failures}, handle, ensure_ascii=False, indent=2)
    return 0


def cmd_train_classifier(args: argparse.Namespace) -> int:
    from zhpolicy.training.config import load_config
    from zhpolicy.training.train_classifier import ClassifierConfig, train_classifier

    config = load_config(
        ClassifierConfig, args.config, train=args.train, dev=args.dev, init=args.init, output=args.output,
        replay=args.replay or None, seed=args.seed, epochs=args.epochs, learning_rate=args.learning_rate,
    )
    out = train_classifier(config)
    print(f"classifier → {out}", file=sys.stderr)
    return 0


def cmd_train_baseline(args: argparse.Namespace) -> int:
    from zhpolicy.training.config import load_config
    from zhpolicy.training.train_classifier import (
        ClassifierConfig,
        add_baseline_from_config,
    )

    config = load_config(ClassifierConfig, args.config, baseline_weight=args.weight)
    add_baseline_from_config(args.model, config)
    print(f"baseline → {args.model}", file=sys.stderr)
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    from zhpolicy.inference.pipeline import errors_path, predict

    summary = predict(
        args.paths, args.output, fmt=args.format, model_dir=args.model_dir, batch_size=args.batch_size,
        device=args.device, skip_invalid=args.skip_invalid, resume=args.resume, lexicon=args.lexicon, bf16=args.bf16,
    )
    print(summary.to_text(), file=sys.stderr)
    print(f"records → {args.output} ({args.format})", file=sys.stderr)
    if summary.errors:
        print(f"{len(summary.errors)} input(s) not annotated, with reasons → {errors_path(Path(args.output))}", file=sys.stderr)
    return 0


def cmd_pretrain(args: argparse.Namespace) -> int:
    from zhpolicy.training.config import load_config
    from zhpolicy.training.pretrain import PretrainConfig, pretrain

    config = load_config(PretrainConfig, args.config, init=args.init, output=args.output, max_seconds=args.max_seconds,
                         learning_rate=args.learning_rate)
    if args.no_probe:
        config.probe = None
    out = pretrain(config)
    print(f"base model → {out}", file=sys.stderr)
    return 0


def cmd_weak_labels(args: argparse.Namespace) -> int:
    from zhpolicy.training.config import load_config
    from zhpolicy.training.train_classifier import ClassifierConfig
    from zhpolicy.training.weak_labels import weak_label_articles

    rules = load_config(ClassifierConfig, args.config).weak_labels
    if not rules:
        raise InputError(f"{args.config}: has no weak_labels rules")
    skip = args.skip if args.skip is not None else rules.get("per_domain", 0)
    rules = {**rules, "skip_per_domain": skip, "per_domain": args.per_domain}
    count = write_jsonl(weak_label_articles(rules), args.output)
    print(f"{count} weakly labeled stories → {args.output}", file=sys.stderr)
    return 0


def cmd_train_ner(args: argparse.Namespace) -> int:
    from zhpolicy.training.config import load_config
    from zhpolicy.training.train_ner import NerConfig, train_ner

    sources = [{"path": name, "format": "jsonl", "repeat": 1} for name in args.train] if args.train else None
    config = load_config(NerConfig, args.config, train=sources, init=args.init, output=args.output,
                         seed=args.seed, epochs=args.epochs, learning_rate=args.learning_rate)
    out = train_ner(config)
    print(f"NER model → {out}", file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from zhpolicy.models.folder import read_meta
    from zhpolicy.training.model_card import record_evaluation

    meta = read_meta(args.model)
    if meta["task"] == "domain":
        from zhpolicy.training.evaluate import evaluate_classifier

        if args.from_format != "jsonl" or args.lexicon:
            raise InputError("a domain classifier is evaluated on labeled JSONL; --from and --lexicon are for NER models")
        baseline_train = [] if args.no_baseline else args.baseline_train
        report = evaluate_classifier(args.model, args.data, args.report_dir, baseline_train, args.batch_size, args.bf16)
    else:
        from zhpolicy.training.evaluate_ner import evaluate_ner

        report = evaluate_ner(args.model, args.data, args.from_format, args.report_dir, args.lexicon, args.batch_size, args.bf16)
    print(report["markdown"])
    if args.report_dir:
        print(f"report → {args.report_dir}", file=sys.stderr)
    if args.record:
        summary = {key: report[key] for key in ("metrics", "markdown")}
        summary["command"] = "zhpolicy " + shlex.join(args.argv)
        summary["split"] = "test"
        summary["data"] = args.data
        record_evaluation(args.model, args.record, summary)
        print(f"figures recorded in {args.model}/README.md under {args.record!r}", file=sys.stderr)
    return 0


BF16_HELP = ("read the models under bfloat16 autocast: about twice as fast on CPUs with native bf16 (AVX-512 BF16, AMX), "
             "slower on others; outputs may differ in a few spans (README: Throughput)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhpolicy",
        description="Split Chinese local-government news pages into articles, classify their policy domain; read and write labeled data.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    convert = commands.add_parser("convert", help="convert labeled data (BIO, CLUENER, Label Studio, doccano) to our JSONL")
    convert.add_argument("input", help="input file")
    convert.add_argument("--from", dest="from_format", required=True, choices=sorted(READERS), help="input format")
    convert.add_argument("--out", required=True, help="output file")
    convert.add_argument("--to", default="jsonl", choices=sorted(WRITERS), help="output format (default: jsonl)")
    convert.set_defaults(run=cmd_convert)

    pages = commands.add_parser("split-pages", help="split page text files (or folders of *.txt) into articles")
    pages.add_argument("pages", nargs="+", help="page text files or folders")
    pages.add_argument("--output", help="write the articles as JSONL here (default: print them)")
    pages.set_defaults(run=cmd_split_pages)

    split = commands.add_parser("split", help="deduplicate and split labeled articles into train/dev/test")
    split.add_argument("files", nargs="+", help="labeled files")
    split.add_argument("--from", dest="from_format", default="jsonl", choices=sorted(READERS), help="input format (default: jsonl)")
    split.add_argument("--dev", type=float, default=0.1, help="share of records for dev (default 0.1)")
    split.add_argument("--test", type=float, default=0.1, help="share of records for test (default 0.1)")
    split.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    split.add_argument("--out", required=True, help="output folder for train/dev/test.jsonl")
    split.set_defaults(run=cmd_split)

    evaluate = commands.add_parser(
        "evaluate-splitter", help="lay labeled articles out as pages and measure how many the splitter recovers"
    )
    evaluate.add_argument("articles", nargs="*", help="article JSONL files (e.g. ../shared/data/articles/*.jsonl)")
    evaluate.add_argument(
        "--news", metavar="FILE",
        help="also lay out real news stories of a raw-news file (gzip JSONL with title and text, e.g. "
        "../shared/data/raw_news/xwlb_china-data.jsonl.gz): single stories of 300-1,500 characters",
    )
    evaluate.add_argument("--news-articles", type=int, default=700, help="how many news stories to draw (default 700)")
    evaluate.add_argument("--pages", type=int, default=300, help="number of generated pages (default 300)")
    evaluate.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    evaluate.add_argument(
        "--layout", choices=LAYOUTS, default="headline-after",
        help="how pages are printed: the example page's order (headline and byline after the body; default) "
        "or headline first, with a byline line or a 本报讯 dateline, or that page unwrapped as a web edition "
        "gives it (one line per paragraph)",
    )
    evaluate.add_argument(
        "--without-blank-lines", action="store_true",
        help="take every blank line out of the generated pages, as some PDF tools extract pages (one line after another)",
    )
    evaluate.add_argument(
        "--half-width-marks", action="store_true",
        help="set quotes and commas half a cell wide in the columns, as the example page is typeset",
    )
    evaluate.add_argument(
        "--mixed-widths", action="store_true",
        help="set each article a cell narrower or wider than the page's column, or at it (articles of one page differ)",
    )
    evaluate.add_argument("--report", help="also write the figures and the first failures as JSON here")
    evaluate.set_defaults(run=cmd_evaluate_splitter)

    train = commands.add_parser("train", help="fine-tune a model from a config: `train classifier`, `train ner`, `train baseline`")
    trainers = train.add_subparsers(dest="model_kind", required=True, metavar="MODEL")
    classifier = trainers.add_parser("classifier", help="fine-tune the policy-domain classifier")
    classifier.add_argument("--config", default="configs/classifier.yaml", help="YAML config (default: configs/classifier.yaml)")
    classifier.add_argument("--train", nargs="+", help="labeled JSONL files to train on (overrides the config)")
    classifier.add_argument("--dev", help="labeled JSONL file that picks the best epoch (overrides the config)")
    classifier.add_argument("--init", help="continue from this classifier folder instead of the base model")
    classifier.add_argument("--replay", action="store_true", help="with --init: mix in the --init model's own training data")
    classifier.add_argument("--output", help="model folder to write (overrides the config)")
    classifier.add_argument("--seed", type=int, help="random seed (overrides the config)")
    classifier.add_argument("--epochs", type=int, help="epochs (overrides the config)")
    classifier.add_argument("--learning-rate", type=float, help="peak learning rate (overrides the config; lower it when continuing with --init)")
    classifier.set_defaults(run=cmd_train_classifier)
    mix = trainers.add_parser(
        "baseline", help="fit a TF-IDF baseline into an existing classifier folder and mix it into its reading "
                         "(and the config's reading settings: drop_bylines, and where it sets neutral_cues, the domain words "
                         "that keep their cue characters)"
    )
    mix.add_argument("--model", required=True, help="classifier folder to add the baseline to")
    mix.add_argument("--config", default="configs/classifier.yaml",
                     help="config naming the training articles (train, weak_labels), dev, baseline_weight, neutral_cues and drop_bylines (default: configs/classifier.yaml)")
    mix.add_argument("--weight", type=float, help="share of the baseline's probabilities (overrides the config's baseline_weight)")
    mix.set_defaults(run=cmd_train_baseline)
    ner = trainers.add_parser("ner", help="fine-tune the entity tagger (LOC/ORG/PER/TITLE)")
    ner.add_argument("--config", default="configs/ner.yaml", help="YAML config (default: configs/ner.yaml)")
    ner.add_argument("--train", nargs="+", help="labeled JSONL files to train on (replace the config's sources)")
    ner.add_argument("--init", help="continue from this NER folder instead of the base model")
    ner.add_argument("--output", help="model folder to write (overrides the config)")
    ner.add_argument("--seed", type=int, help="random seed (overrides the config)")
    ner.add_argument("--epochs", type=int, help="epochs (overrides the config)")
    ner.add_argument("--learning-rate", type=float, help="peak learning rate (overrides the config; lower it when continuing with --init)")
    ner.set_defaults(run=cmd_train_ner)

    run_predict = commands.add_parser("predict", help="annotate pages or JSONL articles: domain, entities, officials")
    run_predict.add_argument("paths", nargs="+", help="page .txt files, folders of them (recursive), or .jsonl article files")
    run_predict.add_argument("--output", required=True, help="output file")
    run_predict.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "html"], help="output format (default jsonl)")
    run_predict.add_argument("--model-dir", help="folder holding the classifier and/or NER folders `train` wrote (default: the shipped models)")
    run_predict.add_argument("--batch-size", type=int, default=32, help="windows per forward pass (default 32)")
    run_predict.add_argument("--device", default="cpu", choices=["cpu", "cuda"], help="where the models run (default cpu)")
    run_predict.add_argument("--bf16", action="store_true", help=BF16_HELP)
    run_predict.add_argument("--skip-invalid", action="store_true", help="go on past bad inputs and list them in <output>.errors.jsonl")
    run_predict.add_argument("--resume", action="store_true", help="continue an interrupted run without repeating records")
    run_predict.add_argument("--lexicon", help="term<TAB>TYPE file of names to tag on top of the model")
    run_predict.set_defaults(run=cmd_predict)

    base = commands.add_parser("pretrain", help="build a vocabulary and pretrain (or continue) a BERT base with masked LM")
    base.add_argument("--config", default="configs/pretrain.yaml", help="YAML config (default: configs/pretrain.yaml)")
    base.add_argument("--init", help="continue pretraining this base (domain adaptation on your own pages)")
    base.add_argument("--output", help="base folder to write (overrides the config)")
    base.add_argument("--max-seconds", type=float, help="time budget in seconds (overrides the config)")
    base.add_argument("--learning-rate", type=float, help="peak learning rate (overrides the config; continue a base with a lower one, e.g. 1e-4)")
    base.add_argument("--no-probe", action="store_true", help="skip the MSRA NER probe")
    base.set_defaults(run=cmd_pretrain)

    weak = commands.add_parser("weak-labels", help="write weakly labeled raw-news stories (the classifier config's rules) as JSONL")
    weak.add_argument("--config", default="configs/classifier.yaml", help="config whose weak_labels rules to use")
    weak.add_argument("--skip", type=int, help="skip this many stories per domain (default: the config's per_domain, so the set is disjoint from training)")
    weak.add_argument("--per-domain", type=int, default=50, help="stories per domain (default 50)")
    weak.add_argument("--output", required=True, help="JSONL file to write")
    weak.set_defaults(run=cmd_weak_labels)

    measure = commands.add_parser("evaluate", help="measure a model folder on labeled data (figures, confusion PNG, baseline)")
    measure.add_argument("--model", required=True, help="model folder written by `zhpolicy train`")
    measure.add_argument("--data", required=True, nargs="+", help="labeled JSONL files the model did not train on")
    measure.add_argument("--report-dir", help="write report.json, report.md, confusion.png and predictions.jsonl here")
    measure.add_argument("--from", dest="from_format", default="jsonl", choices=sorted(READERS),
                         help="format of the data files (NER: e.g. bio for MSRA / People's Daily; default jsonl)")
    measure.add_argument("--lexicon", help="NER: apply this term<TAB>TYPE lexicon on top of the model")
    measure.add_argument("--baseline-train", nargs="+", help="train the baseline on these files (default: the model's own training files)")
    measure.add_argument("--no-baseline", action="store_true", help="skip the TF-IDF baseline")
    measure.add_argument("--batch-size", type=int, default=32, help="windows per forward pass (default 32)")
    measure.add_argument("--bf16", action="store_true", help=BF16_HELP)
    measure.add_argument("--record", metavar="NAME", help="also record the figures in the model folder's card under NAME")
    measure.set_defaults(run=cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.argv = list(argv) if argv is not None else sys.argv[1:]
    try:
        return args.run(args)
    except (InputError, LabelError, ModelFolderError) as error:
        print(f"zhpolicy: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if getattr(args, "command", None) == "predict":
            print("zhpolicy: interrupted; the records written so far are kept: rerun with --resume to continue", file=sys.stderr)
        else:
            print("zhpolicy: interrupted; no output was written", file=sys.stderr)
        return 130


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    run()
