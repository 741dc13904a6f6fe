#!/usr/bin/env python3
"""Scores tone-encoder ONNX files alone and averaged (their class probabilities summed), on NewsMTSC
dev files: is an ensemble of trainings worth its cost at inference?

Usage (the venv jobs/train-tone-encoder made, from the project root):
  work/tone-venv/bin/python jobs/tone/score_ensemble.py --tokenizer TOKENIZER_JSON \
      --dev rw=../shared/eval/newsmtsc/devtest_rw.jsonl --dev mt=../shared/eval/newsmtsc/devtest_mt.jsonl \
      shipped=data/models/tone-encoder.onnx lr8=work/tone-lr8/tone-encoder.onnx pair=work/tone-pair/tone-encoder.onnx:pair
A model is NAME=PATH, with ":pair" when it was trained with --pair. Prints macro-F1 per dev file for
each model and for every combination of two or more.
"""
import argparse
import itertools
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_tone_encoder as t  # noqa: E402  (the same input building and macro-F1 as training)


def probabilities(path, examples, threads):
    logits = t.onnx_logits(path, examples, threads)
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokenizer", required=True, help="all-minilm-l6-v2-tokenizer.json")
    ap.add_argument("--dev", action="append", required=True, help="name=path of a NewsMTSC file")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("models", nargs="+", help="NAME=PATH[:pair]")
    args = ap.parse_args()
    models = {}
    for m in args.models:
        name, path = m.split("=", 1)
        pair = path.endswith(":pair")
        models[name] = (path[:-5] if pair else path, pair)
    for dev in args.dev:
        dev_name, dev_path = dev.split("=", 1)
        probs, gold = {}, None
        for name, (path, pair) in models.items():
            examples = t.read_newsmtsc(dev_path, t.Inputs(args.tokenizer, 96, pair))
            gold = [e[2] for e in examples]
            probs[name] = probabilities(path, examples, args.threads)
            print(f"{dev_name} {name} macro_f1={t.macro_f1(gold, probs[name].argmax(1))[0]:.4f}", flush=True)
        for k in range(2, len(models) + 1):
            for combo in itertools.combinations(models, k):
                p = sum(probs[c] for c in combo)
                print(f"{dev_name} {'+'.join(combo)} macro_f1={t.macro_f1(gold, p.argmax(1))[0]:.4f}", flush=True)


if __name__ == "__main__":
    main()
