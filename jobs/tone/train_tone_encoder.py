"""Fine-tunes a small BERT encoder (all-MiniLM-L6-v2 or BGE-small-en-v1.5) for the tone toward a target in a
sentence (NewsMTSC), exports ONNX, quantizes it.

Run through jobs/train-tone-encoder, which installs what this needs and finds the pretrained weights.

The input is the sentence with its target marked: "[CLS] left < target > right [SEP]", each part
tokenized on its own (so the target's tokens are known exactly) and cut to a window of at most
--max-tokens around the target. The head reads the [CLS] vector and the mean of the target's
vectors. The Java side (io.newsstats.sentiment.ToneEncoder) builds exactly the same input.
"""
import argparse
import json
import math
import os
import random
import re
import sys
import time

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper
from tokenizers import Tokenizer

LABELS = ["negative", "neutral", "positive"]


# ---- the encoder: BERT as all-MiniLM-L6-v2 and BGE-small have it, loaded from the published ONNX graph ----

class Layer(nn.Module):
    def __init__(self, hidden, heads, inner):
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)
        self.attn_out = nn.Linear(hidden, hidden)
        self.attn_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.inner = nn.Linear(hidden, inner)
        self.out = nn.Linear(inner, hidden)
        self.out_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, t, h = x.shape
        d = h // self.heads

        def split(y):
            return y.view(b, t, self.heads, d).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        context = torch.matmul(self.dropout(F.softmax(scores, dim=-1)), v).transpose(1, 2).reshape(b, t, h)
        x = self.attn_norm(x + self.dropout(self.attn_out(context)))
        return self.out_norm(x + self.dropout(self.out(F.gelu(self.inner(x)))))


class TargetToneModel(nn.Module):
    def __init__(self, vocab, hidden=384, layers=6, heads=12, inner=1536, positions=512, pair_sep=None):
        super().__init__()
        # With --pair the target follows the sentence as a second segment: the tokens after the first
        # [SEP] get BERT's second token type, found from the ids so that the ONNX inputs stay the same.
        self.pair_sep = pair_sep
        self.word = nn.Embedding(vocab, hidden)
        self.position = nn.Embedding(positions, hidden)
        self.token_type = nn.Embedding(2, hidden)
        self.norm = nn.LayerNorm(hidden, eps=1e-12)
        self.layers = nn.ModuleList(Layer(hidden, heads, inner) for _ in range(layers))
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(2 * hidden, 3)

    def forward(self, input_ids, attention_mask, target_mask):
        t = input_ids.shape[1]
        positions = torch.arange(t, device=input_ids.device).unsqueeze(0)
        x = self.word(input_ids) + self.position(positions)
        if self.pair_sep is None:
            x = x + self.token_type.weight[0]
        else:
            sep = (input_ids == self.pair_sep).long()
            x = x + self.token_type((torch.cumsum(sep, 1) - sep).clamp(max=1))
        x = self.dropout(self.norm(x))
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        target = (x * target_mask.unsqueeze(-1)).sum(1) / target_mask.sum(1, keepdim=True).clamp(min=1.0)
        return self.head(self.dropout(torch.cat([x[:, 0], target], dim=-1)))


def read_initializers(onnx_path):
    """The graph's named tensors, each weight matrix under its Hugging Face name.

    Biases, LayerNorms and embeddings keep their Hugging Face names in the graph; each weight matrix is
    an anonymous initializer feeding a MatMul, stored transposed, whose output the Add with its named
    bias consumes: that Add names it.
    """
    graph = onnx.load(onnx_path).graph
    init = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    weights = {}
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in init:
            continue
        for add in consumers.get(node.output[0], []):
            if add.op_type == "Add":
                bias = next((n for n in add.input if n in init and n.endswith(".bias")), None)
                if bias:
                    weights[bias[: -len(".bias")] + ".weight"] = init[node.input[1]].T
    hf = dict(init)
    hf.update(weights)
    return hf


def shape_of(hf):
    """Layers and hidden size of the pretrained encoder, read from its tensors (6 x 384 for MiniLM, 12 x 384 for BGE-small)."""
    layers = 1 + max(int(m.group(1)) for m in (re.search(r"encoder\.layer\.(\d+)\.", k) for k in hf) if m)
    word = next(v for k, v in hf.items() if k.endswith("embeddings.word_embeddings.weight"))
    inner = next(v for k, v in hf.items() if k.endswith("encoder.layer.0.intermediate.dense.bias"))
    return layers, word.shape[1], inner.shape[0]


def load_pretrained(model, hf):
    """Copies the weights of the published ONNX export (read_initializers) into the model."""

    def get(name):
        for key in (name, "bert." + name):
            if key in hf:
                return torch.from_numpy(np.array(hf[key], dtype=np.float32))
        raise KeyError(name)

    sd = {
        "word.weight": get("embeddings.word_embeddings.weight"),
        "position.weight": get("embeddings.position_embeddings.weight"),
        "token_type.weight": get("embeddings.token_type_embeddings.weight"),
        "norm.weight": get("embeddings.LayerNorm.weight"),
        "norm.bias": get("embeddings.LayerNorm.bias"),
    }
    parts = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
             "attn_out": "attention.output.dense", "attn_norm": "attention.output.LayerNorm",
             "inner": "intermediate.dense", "out": "output.dense", "out_norm": "output.LayerNorm"}
    for i in range(len(model.layers)):
        for ours, theirs in parts.items():
            for p in ("weight", "bias"):
                sd[f"layers.{i}.{ours}.{p}"] = get(f"encoder.layer.{i}.{theirs}.{p}")
    missing, unexpected = model.load_state_dict(sd, strict=False)
    assert set(missing) == {"head.weight", "head.bias"}, missing
    assert not unexpected, unexpected


# ---- the input: the same construction as ToneEncoder.java ----

class Inputs:
    def __init__(self, tokenizer_json, max_tokens, pair=False):
        self.pair = pair
        self.tok = Tokenizer.from_file(tokenizer_json)
        self.tok.no_padding()
        self.tok.no_truncation()
        vocab = self.tok.get_vocab()
        self.cls, self.sep = vocab["[CLS]"], vocab["[SEP]"]
        self.open, self.close = vocab["<"], vocab[">"]
        self.max_tokens = max_tokens

    def pieces(self, text):
        return self.tok.encode(text, add_special_tokens=False).ids if text.strip() else []

    def build(self, sentence, begin, end):
        left, target, right = self.pieces(sentence[:begin]), self.pieces(sentence[begin:end]), self.pieces(sentence[end:])
        if self.pair:
            target = target[: (self.max_tokens - 5) // 2]
            room = self.max_tokens - 5 - 2 * len(target)
        else:
            target = target[: self.max_tokens - 4]
            room = self.max_tokens - 4 - len(target)
        # Balanced window: each side keeps half the room, and a short side gives its rest to the other.
        keep_left = min(len(left), max(room // 2, room - len(right)))
        keep_right = min(len(right), room - keep_left)
        left = left[len(left) - keep_left:]
        right = right[:keep_right]
        ids = [self.cls] + left + [self.open] + target + [self.close] + right + [self.sep]
        if self.pair:
            ids += target + [self.sep]
        first = 1 + len(left) + 1
        mask = [0.0] * len(ids)
        for i in range(first, first + len(target)):
            mask[i] = 1.0
        return ids, mask


def read_newsmtsc(path, inputs):
    examples = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            sentence = record["sentence_normalized"]
            for target in record["targets"]:
                p = target["polarity"]
                gold = 0 if p < 3 else 2 if p > 5 else 1
                ids, mask = inputs.build(sentence, target["from"], target["to"])
                examples.append((ids, mask, gold))
    return examples


def batches(examples, size, shuffle, rng, bucket=False):
    order = list(range(len(examples)))
    if shuffle:
        rng.shuffle(order)
    starts = list(range(0, len(order), size))
    if bucket:
        # Batches of similar length (sorted within pools of 50 batches, then the batches shuffled):
        # less padding, so a faster epoch on the CPU.
        pool = 50 * size
        order = [i for p in range(0, len(order), pool)
                 for i in sorted(order[p: p + pool], key=lambda i: len(examples[i][0]))]
        rng.shuffle(starts)
    for s in starts:
        chunk = [examples[i] for i in order[s: s + size]]
        t = max(len(e[0]) for e in chunk)
        ids = torch.zeros((len(chunk), t), dtype=torch.long)
        att = torch.zeros((len(chunk), t), dtype=torch.long)
        tm = torch.zeros((len(chunk), t), dtype=torch.float32)
        for r, (i, m, _) in enumerate(chunk):
            ids[r, : len(i)] = torch.tensor(i)
            att[r, : len(i)] = 1
            tm[r, : len(m)] = torch.tensor(m)
        yield ids, att, tm, torch.tensor([e[2] for e in chunk])


def macro_f1(gold, predicted):
    confusion = np.zeros((3, 3), dtype=int)
    for g, p in zip(gold, predicted):
        confusion[g][p] += 1
    f1 = []
    for c in range(3):
        tp = confusion[c][c]
        precision = tp / max(1, confusion[:, c].sum())
        recall = tp / max(1, confusion[c].sum())
        f1.append(0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall))
    return float(np.mean(f1)), float(np.trace(confusion) / max(1, confusion.sum())), confusion.tolist()


def evaluate_torch(model, examples):
    model.eval()
    predicted = []
    with torch.no_grad():
        # Sorted by length: little padding.
        ordered = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
        chunk = [examples[i] for i in ordered]
        out = [None] * len(examples)
        k = 0
        for ids, att, tm, _ in batches(chunk, 64, False, None):
            for p in model(ids, att, tm).argmax(-1).tolist():
                out[ordered[k]] = p
                k += 1
        predicted = out
    model.train()
    return macro_f1([e[2] for e in examples], predicted)


def onnx_logits(path, examples, threads):
    """The model file's logits for each example, one at a time as the job scores them: [n, 3]."""
    import onnxruntime as ort
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
    out = []
    for ids, mask, _ in examples:
        out.append(session.run(["logits"], {
            "input_ids": np.array([ids], dtype=np.int64),
            "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
            "target_mask": np.array([mask], dtype=np.float32)})[0][0])
    return np.array(out)


def evaluate_onnx(path, examples):
    predicted = onnx_logits(path, examples, torch.get_num_threads()).argmax(1)
    return macro_f1([e[2] for e in examples], [int(p) for p in predicted])


def quantization(args):
    """The card's words for how the int8 file was made."""
    return ("dynamic int8, per output channel" + (", reduced range (7-bit weights)" if args.reduce_range else "")
            + (", MatMul weights; embeddings uint8 per tensor" if args.embeddings_int8
               else ", MatMul weights only (embeddings stay float32)"))


def quantize_and_score(float_path, out, devs, args):
    """Writes tone-encoder.onnx, the int8 model, and scores both files on the dev sets.

    Per-channel scales on the MatMul weights: per-tensor scales over every op cost 0.024 macro-F1
    on devtest_rw, this costs 0.005 (docs/tone.md); a reduced range (7-bit weights) lost nothing
    against float32 for BGE-small where the full range lost 0.004 on both sets. With
    --embeddings-int8 the embedding tables (gathered, then dequantized) are 8-bit too: half the file,
    the same time per target, and for the shipped BGE-small no loss on either set.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic
    int8_path = os.path.join(out, "tone-encoder.onnx")
    ops = ["MatMul", "Gather"] if args.embeddings_int8 else ["MatMul"]
    quantize_dynamic(float_path, int8_path, weight_type=QuantType.QInt8, per_channel=True,
                     reduce_range=args.reduce_range, op_types_to_quantize=ops)
    scores = {}
    for name, ex in devs:
        scores[name] = {"float32": evaluate_onnx(float_path, ex)[0], "int8": evaluate_onnx(int8_path, ex)[0]}
        print(f"{name}: ONNX float32 {scores[name]['float32']:.3f}, int8 {scores[name]['int8']:.3f}", flush=True)
    return scores


def requantize(args, devs):
    """--requantize: quantizes OUT/tone-encoder-float32.onnx again and updates the card, without training."""
    card_path = os.path.join(args.out, "tone-encoder.json")
    with open(card_path, encoding="utf-8") as f:
        card = json.load(f)
    card["quantization"] = quantization(args)
    card["macro_f1"] = quantize_and_score(os.path.join(args.out, "tone-encoder-float32.onnx"), args.out, devs, args)
    with open(card_path, "w", encoding="utf-8") as f:
        json.dump(card, f, indent=2)
    print(json.dumps(card["macro_f1"]))


def parameter_groups(model, lr, layer_decay):
    """AdamW groups: no weight decay on biases and LayerNorms; with layer_decay < 1, lower layers learn slower.

    The head and the top layer keep lr, each layer below it lr times layer_decay once more, the
    embeddings (below the first layer) once more again.
    """
    no_decay = ("bias", "norm.weight", "attn_norm.weight", "out_norm.weight")
    depth = len(model.layers)

    def scale(name):
        if name.startswith("layers."):
            return layer_decay ** (depth - 1 - int(name.split(".")[1]))
        if name.startswith(("word.", "position.", "token_type.", "norm.")):
            return layer_decay ** depth
        return 1.0

    groups = {}
    for name, p in model.named_parameters():
        key = (scale(name), 0.0 if name.endswith(no_decay) else 0.01)
        groups.setdefault(key, []).append(p)
    return [{"params": ps, "lr": lr * k[0], "weight_decay": k[1]} for k, ps in groups.items()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", action="append", default=[], help="name=path of a NewsMTSC file to score; the first picks the epoch")
    ap.add_argument("--pretrained", required=True, help="the encoder's ONNX file, e.g. all-minilm-l6-v2.onnx")
    ap.add_argument("--tokenizer", required=True, help="its tokenizer.json")
    ap.add_argument("--base", default="sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)", help="written to the card")
    ap.add_argument("--heads", type=int, default=12, help="attention heads (12 in both MiniLM-L6 and BGE-small)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-tokens", type=int, default=96)
    ap.add_argument("--warmup", type=float, default=0.1, help="share of steps with a rising learning rate, then linear decay")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--bucket", action="store_true", help="batches of similar length (faster on the CPU)")
    ap.add_argument("--layer-decay", type=float, default=1.0,
                    help="learning rate of each layer below the top: this times the one above (1: the same for all)")
    ap.add_argument("--label-smoothing", type=float, default=0.0)
    ap.add_argument("--requantize", action="store_true",
                    help="no training: quantize OUT/tone-encoder-float32.onnx again and update the card")
    ap.add_argument("--pair", action="store_true",
                    help="the target again as a second segment: [CLS] left < target > right [SEP] target [SEP]")
    ap.add_argument("--reduce-range", action="store_true", help="int8 weights in 7 bits (per channel)")
    ap.add_argument("--embeddings-int8", action="store_true",
                    help="the embedding tables in 8 bits too (uint8, per tensor): half the file")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    args = ap.parse_args()

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)

    inputs = Inputs(args.tokenizer, args.max_tokens, args.pair)
    train = read_newsmtsc(args.train, inputs)
    devs = [(d.split("=", 1)[0], read_newsmtsc(d.split("=", 1)[1], inputs)) for d in args.dev]
    print(f"train {len(train)} targets; " + ", ".join(f"{n} {len(e)}" for n, e in devs), flush=True)
    if args.requantize:
        return requantize(args, devs)

    pretrained = read_initializers(args.pretrained)
    layers, hidden, inner = shape_of(pretrained)
    print(f"pretrained encoder: {layers} layers, hidden size {hidden}, inner size {inner}", flush=True)
    model = TargetToneModel(inputs.tok.get_vocab_size(), hidden=hidden, layers=layers, heads=args.heads, inner=inner,
                            pair_sep=inputs.sep if args.pair else None)
    load_pretrained(model, pretrained)
    optimizer = torch.optim.AdamW(parameter_groups(model, args.lr, args.layer_decay), lr=args.lr)
    steps = args.epochs * math.ceil(len(train) / args.batch)
    warm = max(1, int(args.warmup * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: (s + 1) / warm if s < warm else max(0.0, (steps - s) / max(1, steps - warm)))

    rng = random.Random(args.seed)
    history = []
    best = None
    started = time.time()
    model.train()
    for epoch in range(1, args.epochs + 1):
        total = 0.0
        for n, (ids, att, tm, gold) in enumerate(batches(train, args.batch, True, rng, args.bucket), 1):
            loss = F.cross_entropy(model(ids, att, tm), gold, label_smoothing=args.label_smoothing)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            total += loss.item()
            if n % 100 == 0:
                print(f"epoch {epoch} step {n} loss {total / n:.4f} ({time.time() - started:.0f} s)", flush=True)
        scores = {name: evaluate_torch(model, ex)[0] for name, ex in devs}
        history.append({"epoch": epoch, "loss": total / n, "macro_f1": scores, "seconds": round(time.time() - started)})
        print(f"epoch {epoch}: " + json.dumps(history[-1]), flush=True)
        key = scores[devs[0][0]] if devs else epoch
        if best is None or key > best[0]:
            best = (key, epoch)
            torch.save(model.state_dict(), os.path.join(args.out, "best.pt"))

    model.load_state_dict(torch.load(os.path.join(args.out, "best.pt")))
    model.eval()
    float_path = os.path.join(args.out, "tone-encoder-float32.onnx")
    ids, att, tm, _ = next(batches(train[:2], 2, False, None))
    torch.onnx.export(model, (ids, att, tm), float_path, opset_version=14,
                      input_names=["input_ids", "attention_mask", "target_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                                    "target_mask": {0: "batch", 1: "tokens"}, "logits": {0: "batch"}})
    vocab = inputs.tok.get_vocab()
    with open(os.path.join(args.out, "vocab.txt"), "w", encoding="utf-8") as f:
        for token, _ in sorted(vocab.items(), key=lambda kv: kv[1]):
            f.write(token + "\n")
    onnx_scores = quantize_and_score(float_path, args.out, devs, args)

    card = {
        "format": "newsstats tone encoder v1",
        "base": args.base,
        "labels": LABELS,
        "max_tokens": args.max_tokens,
        "lowercase": True,
        "input": ("[CLS] left < target > right [SEP] target [SEP]" if args.pair else "[CLS] left < target > right [SEP]")
        + "; head on [CLS] and the mean of the target's tokens",
        "pair": args.pair,
        "training": {"data": os.path.basename(args.train), "targets": len(train), "epochs": args.epochs,
                     "lr": args.lr, "batch": args.batch, "warmup": args.warmup, "schedule": "linear",
                     "seed": args.seed, "bucket": args.bucket, "layer_decay": args.layer_decay,
                     "label_smoothing": args.label_smoothing, "best_epoch": best[1], "seconds": round(time.time() - started)},
        "history": history,
        "quantization": quantization(args),
        "macro_f1": onnx_scores,
    }
    with open(os.path.join(args.out, "tone-encoder.json"), "w", encoding="utf-8") as f:
        json.dump(card, f, indent=2)
    print(json.dumps(card["macro_f1"]))


if __name__ == "__main__":
    sys.exit(main())
