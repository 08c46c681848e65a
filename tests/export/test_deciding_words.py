"""Deciding words: learnt where a template's lines carry more than one label."""

from __future__ import annotations

import numpy as np

from export import deciding_words, template_purity
from export.deciding_words import MIN_LINES

JOB = "Process Instance: {n} Name: {name} Run Status: {status} ({n})"
UFW = "[UFW {verdict}] IN=eth0 OUT= SRC=10.0.0.{n} DST=10.0.1.{n} PROTO=TCP SPT=4{n} DPT=22"
NAMES = ("GP_PMT_PREP", "AP_VCHR", "GL_CLOSE", "AR_AGING")


def _lines() -> tuple[list[str], list[str]]:
    lines: list[tuple[str, str]] = []
    for n in range(12):
        name = NAMES[n % len(NAMES)]
        lines.append((JOB.format(n=n, name=name, status="Success"), "System Notification"))
        lines.append((JOB.format(n=n, name=name, status="Error"), "Error"))
        lines.append((UFW.format(verdict="BLOCK", n=n), "Security Alert"))
        lines.append((UFW.format(verdict="ALLOW", n=n), "System Notification"))
    # Once with each label, in a template of its own: no evidence that the names decide.
    lines.append(("session opened for user alice by sshd", "User Action"))
    lines.append(("session opened for user bob by sshd", "Security Alert"))
    return [line for line, _ in lines], [label for _, label in lines]


def test_words_that_split_a_templates_labels_are_learnt() -> None:
    messages, labels = _lines()
    learnt = template_purity.learn_deciding_words(messages, labels, range(len(messages)))
    assert learnt == ["allow", "block", "error", "success"]
    assert MIN_LINES > 1  # alice and bob came once each


def test_only_lines_of_one_template_are_compared() -> None:
    lines = [JOB.format(n=n, name="GL_CLOSE", status=s) for n in (1, 2) for s in ("Done", "Error")]
    labels = ["System Notification", "Error"] * 2
    assert deciding_words.learn(lines, labels, ["t"] * 4) == ["done", "error"]
    assert deciding_words.learn(lines, labels, ["t-done", "t-error"] * 2) == []


def test_no_mixed_template_leaves_no_deciding_word() -> None:
    messages, labels = _lines()
    assert (
        template_purity.learn_deciding_words(messages, ["x"] * len(labels), range(len(messages)))
        == []
    )


def test_learnt_words_keep_the_labels_apart() -> None:
    messages, labels = _lines()
    order = template_purity.shuffled(len(messages))
    plain = template_purity.assign_templates(messages, order)
    learnt = template_purity.learn_deciding_words(messages, labels, order)
    apart = template_purity.assign_templates(messages, order, learnt)

    def mixed(ids: list[str]) -> int:
        labels_of: dict[str, set[str]] = {}
        for template, label in zip(ids, labels, strict=True):
            labels_of.setdefault(template, set()).add(label)
        return sum(len(found) > 1 for found in labels_of.values())

    assert mixed(plain) >= 2 and mixed(apart) == 1  # only alice's and bob's template is mixed


def test_each_fold_is_placed_with_the_words_of_the_other_folds() -> None:
    messages, labels = _lines()
    # Even and odd instances in two folds (four lines each), the sessions in the second.
    fold_of = np.array([n % 2 for n in range(12) for _ in range(4)] + [1, 1])
    ids = template_purity.assign_by_fold(messages, labels, fold_of, range(len(messages)))
    assert all(template.startswith(f"{fold}:") for template, fold in zip(ids, fold_of, strict=True))
    # Each fold learnt Success/Error and BLOCK/ALLOW from the other: four templates per fold.
    for fold in (0, 1):
        held = [
            template
            for template, m, f in zip(ids, messages, fold_of, strict=True)
            if f == fold and "session" not in m
        ]
        assert len(set(held)) == 4
    # A fold learns only what the other folds show: the job lines learn BLOCK/ALLOW from the
    # firewall lines, which learn Success/Error from them; each merges its own.
    alone = np.array([0 if m.startswith("Process") else 1 for m in messages])
    ids = template_purity.assign_by_fold(messages, labels, alone, range(len(messages)))
    jobs = {template for template, m in zip(ids, messages, strict=True) if "Process" in m}
    firewall = {template for template, m in zip(ids, messages, strict=True) if "UFW" in m}
    assert len(jobs) == 1 and len(firewall) == 1
